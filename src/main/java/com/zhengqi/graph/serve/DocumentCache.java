package com.zhengqi.graph.serve;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.OperationDefinition;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated GraphQL documents by their text, so that a client sending the same document
 * with other variables (what every real client does) skips parsing and validation. Only valid
 * documents are kept, and only up to {@value #MAX_DOCUMENT_CHARS} characters each, at most
 * {@value #MAX_DOCUMENTS} of them: the cache cannot grow without bound however many different
 * documents clients send. The API's limits (depth, complexity, deadline) do not depend on it: they
 * run on every execution, with that execution's variables.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    static final int MAX_DOCUMENTS = 256;
    static final int MAX_DOCUMENT_CHARS = 10_000;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry cached = documents.get(text);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors() && text.length() <= MAX_DOCUMENT_CHARS) {
            makeRoom();
            documents.put(text, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** Drops an arbitrary document when full: clients reuse a handful of documents, so which one goes matters little. */
    private void makeRoom() {
        Iterator<String> keys = documents.keySet().iterator();
        while (documents.size() >= MAX_DOCUMENTS && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /**
     * Whether {@code text} is a cached (so valid) document whose operation {@code operationName} (or
     * only operation, when null) is a query; false when unknown.
     */
    boolean isQuery(String text, String operationName) {
        PreparsedDocumentEntry entry = documents.get(text);
        if (entry == null) {
            return false;
        }
        List<OperationDefinition> operations = entry.getDocument().getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(o -> operationName == null || operationName.isEmpty() ? operations.size() == 1 : operationName.equals(o.getName()))
                .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.QUERY);
    }
}
