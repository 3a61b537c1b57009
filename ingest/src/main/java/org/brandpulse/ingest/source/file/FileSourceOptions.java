package org.brandpulse.ingest.source.file;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a file source reads and how. Build with {@link #files(String, Path...)} or {@link
 * #glob(String, Path, String)} and adjust with the {@code with...} methods.
 *
 * @param name the configured name of the source
 * @param sourceKey the {@link org.brandpulse.ingest.Post#source()} key; default {@code file:<name>}
 * @param paths explicit files (each must exist), or empty when a directory and glob are given
 * @param directory the directory to list, or null with explicit paths
 * @param glob a {@link java.nio.file.FileSystem#getPathMatcher glob} on file names in {@code
 *     directory} (e.g. {@code "export-*.jsonl"}), or null with explicit paths
 * @param charset the file encoding; must be ASCII-compatible (UTF-8, ISO-8859-1, windows-1252...)
 * @param pageSize how many records (posts plus skipped) one page holds at most
 */
public record FileSourceOptions(
    String name,
    String sourceKey,
    List<Path> paths,
    Path directory,
    String glob,
    Charset charset,
    int pageSize) {

  /** Records per page unless changed. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  public FileSourceOptions {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    sourceKey = sourceKey == null ? "file:" + name : sourceKey;
    paths = List.copyOf(paths);
    if (paths.isEmpty() == (directory == null || glob == null)) {
      throw new IllegalArgumentException(
          "source " + name + ": give either explicit paths or a directory and a glob");
    }
    if (paths.stream().map(p -> p.getFileName().toString()).distinct().count() < paths.size()) {
      throw new IllegalArgumentException(
          "source " + name + ": two paths share a file name (the cursor tracks files by name)");
    }
    Objects.requireNonNull(charset, "charset");
    byte[] newline = "\n\"".getBytes(charset);
    if (newline.length != 2 || newline[0] != '\n' || newline[1] != '"') {
      throw new IllegalArgumentException(
          "source " + name + ": charset " + charset + " is not ASCII-compatible");
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
    }
  }

  /** Reads the given files, in file-name order. */
  public static FileSourceOptions files(String name, Path... paths) {
    return new FileSourceOptions(
        name, null, List.of(paths), null, null, StandardCharsets.UTF_8, DEFAULT_PAGE_SIZE);
  }

  /** Reads the files in {@code directory} whose names match {@code glob}, in name order. */
  public static FileSourceOptions glob(String name, Path directory, String glob) {
    return new FileSourceOptions(
        name, null, List.of(), directory, glob, StandardCharsets.UTF_8, DEFAULT_PAGE_SIZE);
  }

  public FileSourceOptions withSourceKey(String value) {
    return new FileSourceOptions(name, value, paths, directory, glob, charset, pageSize);
  }

  public FileSourceOptions withCharset(Charset value) {
    return new FileSourceOptions(name, sourceKey, paths, directory, glob, value, pageSize);
  }

  public FileSourceOptions withPageSize(int value) {
    return new FileSourceOptions(name, sourceKey, paths, directory, glob, charset, value);
  }
}
