package dev.gsd.parallel.adapters.gsdproject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every entry under a directory with its kind, size, modification time and content hash, to prove nothing changed. */
final class TreeSnapshot {

    private TreeSnapshot() {
    }

    static List<String> of(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.sorted().map(path -> describe(directory, path)).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path directory, Path path) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String kind = attributes.isSymbolicLink() ? "link->" + Files.readSymbolicLink(path)
                    : attributes.isDirectory() ? "dir" : "file:" + sha256(path);
            return directory.relativize(path) + " " + kind + " " + attributes.size() + " "
                    + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
