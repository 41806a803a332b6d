package dev.blogwright.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import ch.qos.logback.core.util.StatusPrinter;

/**
 * The command line's log: the appender of {@code logback.xml} (which the desktop app reads), built in code. Logback's
 * own start-up searched all 53 jars of the app image for providers, configurators and configuration files, then
 * parsed the XML through Joran: ~90 ms of CPU of every command. The appender itself is built at the first event
 * ({@link DeferredFileAppender}). {@code CliLoggingTest} keeps the two the same.
 */
public final class CliLogging extends LogbackServiceProvider {
    static final String LOG_DIR = "BLOGWRIGHT_LOG_DIR";
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    /**
     * Makes SLF4J start with this class instead of searching the class path, unless the user named a provider or a
     * Logback configuration file. Must run before anything logs.
     */
    public static void select() {
        if (System.getProperty("slf4j.provider") == null && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("slf4j.provider", CliLogging.class.getName());
            // SLF4J announces a provider named this way on stderr ("SLF4J(I): Attempting to load ..."); a command's
            // stderr carries its messages only. Warnings and errors still show.
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    /** What {@link LogbackServiceProvider#initialize()} does, with {@link #configure} in place of its search. */
    @Override
    public void initialize() {
        LoggerContext context = (LoggerContext) getLoggerFactory();
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(getMDCAdapter());
        configureDeferred(context, logDir());
        context.start();
    }

    /**
     * {@link #configure}, with the file appender built at the first event that reaches it: a command that logs
     * nothing never loads the appender's classes nor creates the log folder.
     */
    static void configureDeferred(LoggerContext context, String dir) {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(new DeferredFileAppender(context, dir));
    }

    /** {@code ${BLOGWRIGHT_LOG_DIR:-${user.home}/.local/state/blogwright}}, looked up as Logback does. */
    static String logDir() {
        String dir = System.getProperty(LOG_DIR);
        if (dir == null) {
            dir = System.getenv(LOG_DIR);
        }
        return dir != null ? dir : System.getProperty("user.home") + "/.local/state/blogwright";
    }

    /** logback.xml's FILE appender on the root logger at INFO. */
    static void configure(LoggerContext context, String dir) {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(fileAppender(context, dir));
    }

    /**
     * logback.xml's FILE appender, started, built in the order Joran builds and starts its parts. Logback prints its
     * status when this went wrong (say, a log folder it cannot create); so does this.
     */
    static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/blogwright.log");

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/blogwright.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        file.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setTriggeringPolicy(trigger);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setParent(file);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        StatusPrinter.printInCaseOfErrorsOrWarnings(context);
        return file;
    }
}
