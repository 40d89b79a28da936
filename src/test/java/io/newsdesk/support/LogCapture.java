package io.newsdesk.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every line the application logs while it is open, as text: its own log (the root category) and the access
 * log, which has a handler of its own and does not reach the root ({@code application.properties}).
 */
public final class LogCapture extends Handler implements AutoCloseable {
    public static final String ACCESS_LOG = "io.quarkus.http.access-log";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers = List.of(Logger.getLogger(""), Logger.getLogger(ACCESS_LOG));

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.loggers.forEach(logger -> logger.addHandler(capture));
        return capture;
    }

    /** The lines so far, each with its category, its message as formatted, and its exceptions' messages. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The access log's lines so far. */
    public List<String> accessLines() {
        return lines.stream().filter(line -> line.startsWith(ACCESS_LOG + " ")).toList();
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder().append(record.getLoggerName()).append(' ');
        if (record instanceof ExtLogRecord ext) {
            text.append(ext.getFormattedMessage());
        } else {
            text.append(record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
        }
        for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
            text.append(' ').append(thrown);
            if (thrown.getCause() == thrown) {
                break;
            }
        }
        lines.add(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(this));
    }
}
