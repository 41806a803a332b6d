package dev.blogwright.logic.publish.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.ssh.HostKeyCheck.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host-key rules on their own, with known_hosts files written by hand (no server needed). */
class HostKeyCheckTest {
    private static PublicKey server;
    private static PublicKey other;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        server = ec.generateKeyPair().getPublic();
        other = ec.generateKeyPair().getPublic();
    }

    private Path knownHosts(String... lines) throws IOException {
        return Files.write(dir.resolve("known_hosts"), List.of(lines));
    }

    private static String line(String hosts, PublicKey key) {
        return hosts + " " + PublicKeyEntry.toString(key);
    }

    @Test
    void aListedKeyIsTrustedOnItsPortOnly() throws IOException {
        HostKeyCheck check = new HostKeyCheck(knownHosts(line("[example.com]:2222", server)), null);
        assertThat(check.verdict("example.com", 2222, server)).isEqualTo(Verdict.TRUSTED);
        assertThat(check.verdict("example.com", 22, server)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aHostListedWithAnotherKeyHasChangedEvenIfTheFingerprintWasAccepted() throws IOException {
        HostKeyCheck check = new HostKeyCheck(knownHosts(line("example.com", other)),
                HostKeyCheck.fingerprint(server));
        assertThat(check.verdict("example.com", 22, server)).isEqualTo(Verdict.CHANGED);
    }

    @Test
    void aRevokedKeyIsRefused() throws IOException {
        HostKeyCheck check = new HostKeyCheck(knownHosts("@revoked * " + PublicKeyEntry.toString(server)), null);
        assertThat(check.verdict("example.com", 22, server)).isEqualTo(Verdict.CHANGED);
    }

    @Test
    void withoutKnownHostsTheAcceptedFingerprintDecides() {
        Path absent = dir.resolve("none");
        assertThat(new HostKeyCheck(absent, HostKeyCheck.fingerprint(server)).verdict("h", 22, server))
                .isEqualTo(Verdict.TRUSTED);
        assertThat(new HostKeyCheck(absent, HostKeyCheck.fingerprint(other)).verdict("h", 22, server))
                .isEqualTo(Verdict.CHANGED);
        assertThat(new HostKeyCheck(absent, null).verdict("h", 22, server)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aRefusalCarriesTheFingerprintAsSshKeygenPrintsIt() {
        HostKeyCheck check = new HostKeyCheck(dir.resolve("none"), null);
        assertThat(check.accept("h", 22, server)).isFalse();
        assertThat(check.refusal().problem()).isEqualTo(Problem.HOST_KEY_UNKNOWN);
        assertThat(check.refusal().fingerprint()).startsWith("SHA256:").doesNotEndWith("=");
        assertThat(check.accept("h", 22, server)).isFalse();
    }

    @Test
    void anUnreadableKnownHostsLineIsSkipped() throws IOException {
        HostKeyCheck check = new HostKeyCheck(knownHosts("garbage line", line("h", server)), null);
        assertThat(check.verdict("h", 22, server)).isEqualTo(Verdict.TRUSTED);
    }
}
