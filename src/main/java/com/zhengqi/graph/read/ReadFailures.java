package com.zhengqi.graph.read;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns the exception of a file that could not be processed into the short reason a user reads. */
public final class ReadFailures {

    private ReadFailures() {
    }

    public static String describe(Exception e) {
        return switch (e) {
            case NoSuchFileException x -> "no such file or folder";
            case AccessDeniedException x -> "permission denied";
            case CharacterCodingException x -> "not valid text in the expected encoding";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
