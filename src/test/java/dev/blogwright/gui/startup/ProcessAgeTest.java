package dev.blogwright.gui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessAgeTest {
    @Test
    void theAgeIsTheUptimeLessTheStartTickEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        // Field 22 (starttime) is 12345 ticks = 123.45 s after boot; the machine has been up 130.00 s.
        String stat = "4242 (java (bench) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 30 0 12345 "
                + "4000000000 50000 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";
        assertEquals(Duration.ofMillis(6550), ProcessAge.age(stat, "130.00 250.00\n"));
    }

    @Test
    void theAgeAgreesWithTheJvmsOwnClockToWithinTheLaunchersFewMilliseconds() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux's /proc");
        long jvmUp = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.now().toMillis();
        // The JVM's clock starts after exec and the launcher, so the process is a little older; a whole-second
        // boot time, as ProcessHandle uses, would be off by up to 1,000 ms.
        assertTrue(age >= jvmUp - 20 && age <= jvmUp + 300, "process age " + age + " ms, JVM up " + jvmUp + " ms");
    }
}
