package dev.blogwright.logic.publish.s3;

import dev.blogwright.logic.publish.DeployManifest;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteState;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The S3 side of a one-post deploy alone, in a fresh JVM, with a time stamp per step: open (client and bucket
 * check), read the manifest and the cut-off marker, the pending marker, one page, the manifest, the marker's delete.
 * Run with the CLI launcher's JVM flags: {@code java -cp target/test-classes:target/blogwright.jar
 * dev.blogwright.logic.publish.s3.S3SideBench 's3://…' PAGE_FILE} (credentials from the AWS environment variables).
 * It writes to the target: point it at a scratch bucket or prefix.
 */
public final class S3SideBench {
    private S3SideBench() {
    }

    public static void main(String[] args) throws Exception {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        TargetUrl url = TargetUrl.parse(args[0]);
        Path page = Path.of(args[1]);
        StringBuilder out = new StringBuilder();
        step(out, jvmStart, "main");
        try (RemoteSite site = new S3RemoteSiteFactory().open(url, TargetAccess.NONE)) {
            step(out, jvmStart, "open");
            RemoteState state = RemoteState.read(site);
            step(out, jvmStart, "manifest " + state.stored().map(b -> b.length).orElse(0) + " B");
            Path manifest = Files.createTempFile("s3bench", ".json");
            Files.write(manifest, state.stored().orElse(new byte[] {'{', '}'}));
            site.upload(DeployManifest.PENDING, page, new UploadHints("text/plain; charset=utf-8", "no-store"));
            site.upload("bench/page.html", page, new UploadHints("text/html; charset=utf-8", "no-cache"));
            site.upload(DeployManifest.FILE, manifest, new UploadHints("application/json", "no-store"));
            site.delete(DeployManifest.PENDING);
            step(out, jvmStart, "sent");
            Files.delete(manifest);
        }
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        System.out.println(out + " | JVM CPU " + cpu.toMillis() + " ms");
    }

    private static void step(StringBuilder out, Instant jvmStart, String name) {
        out.append(name).append(' ').append(Duration.between(jvmStart, Instant.now()).toMillis()).append(" ms; ");
    }
}
