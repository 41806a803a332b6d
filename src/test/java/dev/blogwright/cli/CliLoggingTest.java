package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's log set up in code must stay the one logback.xml describes for the desktop app. */
class CliLoggingTest {
    @TempDir
    Path dir;

    private static LoggerContext fromLogbackXml(Path logDir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        // A context property is looked up before system properties and the environment, as the variable would be.
        context.putProperty(CliLogging.LOG_DIR, logDir.toString());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(CliLogging.class.getResource("/logback.xml"));
        return context;
    }

    private static LoggerContext inCode(Path logDir) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        CliLogging.configure(context, logDir.toString());
        return context;
    }

    /** Every setting of logback.xml, with the log folder replaced by a placeholder. */
    private static List<String> describe(LoggerContext context, Path logDir) {
        List<String> facts = new ArrayList<>();
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null || logger.iteratorForAppenders().hasNext()) {
                facts.add(logger.getName() + " level=" + logger.getLevel() + " additive=" + logger.isAdditive());
            }
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders();
                    it.hasNext();) {
                Appender<?> appender = it.next();
                facts.add("appender " + appender.getName() + " " + appender.getClass().getName() + " started="
                        + appender.isStarted());
                if (appender instanceof RollingFileAppender<?> file) {
                    facts.add("file=" + file.getFile() + " append=" + file.isAppend() + " prudent=" + file.isPrudent()
                            + " immediateFlush=" + file.isImmediateFlush());
                    FixedWindowRollingPolicy rolling = (FixedWindowRollingPolicy) file.getRollingPolicy();
                    facts.add("rolling=" + rolling.getFileNamePattern() + " " + rolling.getMinIndex() + ".."
                            + rolling.getMaxIndex() + " compression=" + rolling.getCompressionMode()
                            + " started=" + rolling.isStarted());
                    SizeBasedTriggeringPolicy<?> trigger = (SizeBasedTriggeringPolicy<?>) file.getTriggeringPolicy();
                    facts.add("trigger=" + trigger.getClass().getName() + " started=" + trigger.isStarted());
                    PatternLayoutEncoder encoder = (PatternLayoutEncoder) file.getEncoder();
                    facts.add("encoder=" + encoder.getPattern() + " charset=" + encoder.getCharset()
                            + " outputPatternAsHeader=" + encoder.isOutputPatternAsHeader());
                }
            }
        }
        return facts.stream().map(f -> f.replace(logDir.toString(), "LOG_DIR")).toList();
    }

    @Test
    void buildsWhatLogbackXmlDescribes() throws Exception {
        List<String> xml = describe(fromLogbackXml(dir.resolve("xml")), dir.resolve("xml"));
        assertThat(xml).isNotEmpty();
        assertThat(describe(inCode(dir.resolve("code")), dir.resolve("code"))).isEqualTo(xml);
    }

    @Test
    void writesTheSameLinesAsLogbackXml() throws Exception {
        LoggerContext xml = fromLogbackXml(dir.resolve("xml"));
        LoggerContext code = inCode(dir.resolve("code"));
        for (LoggerContext context : List.of(xml, code)) {
            org.slf4j.Logger log = context.getLogger("dev.blogwright.logic.export.bundle.BundleWriter");
            log.info("Exported {}: {} written", "site", 3);
            log.debug("not at INFO");
            log.warn("failed", new IllegalStateException("disk full"));
            context.stop();
        }
        assertThat(withoutTimes(dir.resolve("code/blogwright.log"))).isEqualTo(withoutTimes(dir.resolve("xml/blogwright.log")))
                .anyMatch(l -> l.endsWith(" INFO  [main] d.b.logic.export.bundle.BundleWriter - Exported site: 3 written"))
                .anyMatch(l -> l.contains("java.lang.IllegalStateException: disk full"))
                .noneMatch(l -> l.contains("not at INFO"));
    }

    @Test
    void deferredAppenderWritesTheSameLinesOnceSomethingIsLogged() throws Exception {
        LoggerContext code = inCode(dir.resolve("code"));
        LoggerContext deferred = new LoggerContext();
        deferred.setMDCAdapter(new LogbackMDCAdapter());
        CliLogging.configureDeferred(deferred, dir.resolve("deferred").toString());
        for (LoggerContext context : List.of(code, deferred)) {
            org.slf4j.Logger log = context.getLogger("dev.blogwright.logic.export.bundle.BundleWriter");
            log.info("Exported {}: {} written", "site", 3);
            log.warn("failed", new IllegalStateException("disk full"));
            context.stop();
        }
        assertThat(withoutTimes(dir.resolve("deferred/blogwright.log")))
                .isEqualTo(withoutTimes(dir.resolve("code/blogwright.log")))
                .anyMatch(l -> l.contains("java.lang.IllegalStateException: disk full"));
    }

    @Test
    void deferredAppenderCreatesNoLogWhileOnlyDebugIsLogged() {
        LoggerContext deferred = new LoggerContext();
        deferred.setMDCAdapter(new LogbackMDCAdapter());
        CliLogging.configureDeferred(deferred, dir.resolve("deferred").toString());
        deferred.getLogger("dev.blogwright.cli.ExportCommand").debug("Exported {} files", 12);
        DeferredFileAppender appender = (DeferredFileAppender) deferred.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender("FILE");
        assertThat(appender.opened()).isFalse();
        assertThat(dir.resolve("deferred")).doesNotExist();
        deferred.stop();
    }

    private static List<String> withoutTimes(Path log) throws Exception {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceFirst("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} ", "TIME ")).toList();
    }
}
