package dev.blogwright.gui.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long ago this process started, for start-up figures.
 *
 * <p>{@link ProcessHandle.Info#startInstant()} is not good enough for that on Linux: it adds the process's start
 * tick to the boot time of {@code /proc/stat}, which is given in whole seconds, so every figure is off by the same
 * fraction of a second for as long as the machine runs — 0.7 s on one boot here, a trivial program "started" 0.73 s
 * before its {@code main}. {@code /proc/uptime} gives the time since boot to the hundredth, the same clock as the
 * start tick, so their difference is the age to about 10 ms. Elsewhere the handle's figure stands.
 */
public final class ProcessAge {
    private static final Path STAT = Path.of("/proc/self/stat");
    private static final Path UPTIME = Path.of("/proc/uptime");
    /** USER_HZ: the unit of the start tick; 100 on every Linux the JVM runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessAge() {
    }

    /** Time from this process's start to now. */
    public static Duration now() {
        return fromProc().orElseGet(ProcessAge::fromHandle);
    }

    /** The instant the process started, by {@link #now()}'s measure. */
    public static Instant startInstant() {
        return Instant.now().minus(now());
    }

    static Optional<Duration> fromProc() {
        try {
            return Optional.of(age(Files.readString(STAT, StandardCharsets.US_ASCII),
                    Files.readString(UPTIME, StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The age from the text of {@code /proc/self/stat} and {@code /proc/uptime}. */
    static Duration age(String stat, String uptime) {
        // The command name (field 2) is in parentheses and may hold spaces; fields are counted after its end.
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startTicks = Long.parseLong(afterName[19]); // field 22, starttime
        double upSeconds = Double.parseDouble(uptime.trim().split(" ")[0]);
        long ageMillis = Math.round(upSeconds * 1000 - startTicks * (1000 / TICKS_PER_SECOND));
        return Duration.ofMillis(Math.max(0, ageMillis));
    }

    private static Duration fromHandle() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()))
                .orElse(Duration.ZERO);
    }
}
