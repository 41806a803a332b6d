package dev.blogwright.logic.publish;

import java.nio.file.Path;

/** One file of a deploy to send: where it goes on the target, where its bytes are, and its headers. */
public record Upload(String path, Path source, UploadHints hints) {
}
