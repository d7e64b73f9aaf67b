package com.zhengqi.graph.serve;

import org.springframework.graphql.execution.ErrorType;

import java.util.Map;

/**
 * A failure the client caused or must know about, turned by {@link ApiExceptionResolver} into a
 * GraphQL error with this message, a classification and extensions (never a stack trace).
 */
class ApiException extends RuntimeException {

    private final ErrorType type;
    private final Map<String, Object> extensions;

    ApiException(ErrorType type, String message, Map<String, Object> extensions) {
        super(message);
        this.type = type;
        this.extensions = Map.copyOf(extensions);
    }

    ErrorType type() {
        return type;
    }

    Map<String, Object> extensions() {
        return extensions;
    }

    /** A bad argument value; {@code argument} names it (e.g. {@code first}, {@code filter.region}). */
    static ApiException badArgument(String argument, String message) {
        return new ApiException(ErrorType.BAD_REQUEST, argument + ": " + message, Map.of("argument", argument));
    }

    /** Nothing has this id or name; the field answers null. */
    static ApiException notFound(String argument, String what, Object value) {
        return new ApiException(ErrorType.NOT_FOUND, "no " + what + " with " + argument + " " + value,
                Map.of("argument", argument));
    }

    static ApiException unauthorized(String message) {
        return new ApiException(ErrorType.UNAUTHORIZED, message, Map.of());
    }
}
