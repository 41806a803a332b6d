package dev.blogwright.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.RollingFileAppender;

/**
 * Stands in for the command line's file appender until the first event at INFO or above. Most commands that succeed
 * log nothing (an export's summary is at debug), and building the rolling appender, its encoder and its pattern
 * parser was 130-300 ms of CPU and about 120 classes of every such command.
 */
final class DeferredFileAppender extends AppenderBase<ILoggingEvent> {
    private final String dir;
    private RollingFileAppender<ILoggingEvent> file;

    DeferredFileAppender(LoggerContext context, String dir) {
        this.dir = dir;
        setContext(context);
        setName("FILE");
        start();
    }

    /** Called under {@link AppenderBase#doAppend}'s lock, so the file appender is built once. */
    @Override
    protected void append(ILoggingEvent event) {
        if (file == null) {
            file = CliLogging.fileAppender((LoggerContext) getContext(), dir);
        }
        file.doAppend(event);
    }

    /** Whether the file appender was built: the first event came. */
    synchronized boolean opened() {
        return file != null;
    }

    @Override
    public synchronized void stop() {
        if (file != null) {
            file.stop();
        }
        super.stop();
    }
}
