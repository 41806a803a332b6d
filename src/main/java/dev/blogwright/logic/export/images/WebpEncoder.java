package dev.blogwright.logic.export.images;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes WebP through libwebp's own {@code cwebp} (Debian's package {@code webp}), run as a process: no maintained
 * pure-Java WebP writer exists on Maven Central. Where the tool is missing, exports offer no WebP and say so once in
 * the log.
 */
public final class WebpEncoder {
    /** Quality 80: libwebp's guidance for photographs, about a third smaller than a JPEG of the same look. */
    static final int QUALITY = 80;
    private static final Logger LOG = LoggerFactory.getLogger(WebpEncoder.class);
    private static final long TIMEOUT_SECONDS = 60;
    private static volatile Optional<Path> found;

    private final Path cwebp;

    private WebpEncoder(Path cwebp) {
        this.cwebp = cwebp;
    }

    /** The encoder of this machine: {@code -Dblogwright.cwebp=PATH}, else {@code cwebp} on the PATH, else none. */
    public static WebpEncoder system() {
        Optional<Path> tool = found;
        if (tool == null) {
            tool = locate();
            found = tool;
            if (tool.isEmpty()) {
                LOG.info("cwebp not found (Debian/Ubuntu: apt-get install webp); exports offer no WebP copies");
            }
        }
        return new WebpEncoder(tool.orElse(null));
    }

    /** An encoder that makes nothing, as on a machine without cwebp. */
    public static WebpEncoder none() {
        return new WebpEncoder(null);
    }

    public boolean available() {
        return cwebp != null;
    }

    /**
     * The WebP bytes of {@code image}; the image goes to cwebp as a PNG in a temporary file, stored rather than
     * compressed (writing it compressed took longer than the WebP encoding).
     */
    public byte[] encode(BufferedImage image) throws IOException {
        Path in = Files.createTempFile("blogwright-webp-", ".png");
        try {
            writeStoredPng(image, in);
            return run(in, 0);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    /**
     * The WebP bytes of the JPEG or PNG {@code file} scaled to {@code width} pixels (0: as it is), decoded and
     * scaled by cwebp itself, for an image that needs no turning (no EXIF orientation).
     */
    public byte[] encode(Path file, int width) throws IOException {
        return run(file, width);
    }

    private byte[] run(Path in, int width) throws IOException {
        if (cwebp == null) {
            throw new IllegalStateException("No WebP encoder on this machine");
        }
        Path out = Files.createTempFile("blogwright-webp-", ".webp");
        try {
            List<String> command = new ArrayList<>(List.of(cwebp.toString(), "-quiet", "-q",
                    String.valueOf(QUALITY), "-metadata", "none"));
            if (width > 0) {
                command.addAll(List.of("-resize", String.valueOf(width), "0"));
            }
            command.addAll(List.of(in.toString(), "-o", out.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("cwebp took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || Files.size(out) == 0) {
                throw new IOException("cwebp failed (exit " + p.exitValue() + "): " + said.strip());
            }
            return Files.readAllBytes(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while encoding WebP", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void writeStoredPng(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1.0f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("blogwright.cwebp");
        if (configured != null) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("cwebp", "cwebp.exe")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
