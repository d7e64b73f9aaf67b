package com.zhengqi.graph.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A command failed for a reason its message states in full, as the sentence the user reads after
 * {@code error: } (exit code 1, see {@link ExitCodes}). Java's file exceptions often carry only a path
 * as their message ({@code error: existing.csv}); {@link #writing} and {@link #reading} say what was
 * being done to which file and why it failed.
 */
final class CommandFailure extends RuntimeException {

    CommandFailure(String sentence) {
        super(sentence);
    }

    /** Writing to {@code target} (a file, a folder, or "standard output") failed. */
    static CommandFailure writing(Object target, IOException e) {
        return new CommandFailure("could not write to " + target + ": " + reason(e));
    }

    /** Reading {@code file}, what the user named as {@code what}, failed. */
    static CommandFailure reading(String what, Object file, IOException e) {
        return new CommandFailure("could not read " + what + " " + file + ": " + reason(e));
    }

    private static String reason(IOException e) {
        return switch (e) {
            case FileAlreadyExistsException x -> x.getFile() + " already exists and is not a folder";
            case NoSuchFileException x -> "no such file or folder: " + x.getFile();
            case AccessDeniedException x -> "permission denied: " + x.getFile();
            case FileSystemException x when x.getReason() != null -> x.getReason();
            case FileSystemException x -> "it cannot be opened (" + x.getClass().getSimpleName() + ")";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
