package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one file as text, refusing what is not text. A planning file is small; one that is not UTF-8 or is
 * enormous is damage or a mistake, and reading it anyway would only produce nonsense further down.
 */
final class TextFiles {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The text of {@code file}, without a leading byte-order mark.
     *
     * @param name how the user knows the file, e.g. {@code .gsd/milestones/M001/M001-CONTEXT.md}
     */
    static String read(Path file, String name) {
        byte[] bytes;
        // readNBytes bounds what is read even if the file grows between a size check and the read
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadInput(name + " cannot be read: " + describe(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadInput(name + " cannot be read: it is larger than 8 MB, far more than a GSD file should be;"
                    + " shrink or remove it");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInput(name + " cannot be read: not UTF-8 text (a NUL byte at offset " + i
                        + ", so probably a binary file)");
            }
        }
        String text = decode(bytes, name);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadInput(name + " cannot be read: not UTF-8 text (an invalid byte at offset " + in.position()
                    + "); save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** One line saying why an I/O operation failed, without the exception's class or a path. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist (was it removed while gsd was reading?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return oneLine(((FileSystemException) e).getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    static String oneLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
