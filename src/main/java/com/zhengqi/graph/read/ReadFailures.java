package com.zhengqi.graph.read;

import com.zhengqi.graph.read.source.UnreadableSourceException;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the exception of a file that could not be processed into the short reason a user reads,
 * one line, without the file name (the caller puts it in front) and without a stack trace.
 */
public final class ReadFailures {

    private ReadFailures() {
    }

    public static String describe(Exception e) {
        String reason = switch (e) {
            case UnreadableSourceException x -> x.getMessage();
            case NoSuchFileException x -> "no such file or folder (moved or deleted?)";
            case AccessDeniedException x -> "permission denied";
            case FileSystemException x -> x.getReason() == null ? "cannot be read" : x.getReason();
            case CharacterCodingException x -> "not valid text in the expected encoding";
            case UncheckedIOException x -> describe(x.getCause());
            case java.io.IOException x -> "cannot be read (" + messageOf(x) + ")";
            // Anything else is a failure of the extractor on this input, not of the file.
            default -> "could not be extracted (" + messageOf(e) + ")";
        };
        return oneLine(reason);
    }

    private static String messageOf(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String oneLine(String reason) {
        return reason.replaceAll("\\s+", " ").strip();
    }
}
