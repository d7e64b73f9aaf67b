package com.zhengqi.graph.model;

/**
 * A named kind of annotation on a {@link Document} (the tokens, the regions, the officials, ...), typed by the
 * value it holds. Annotators name layers in {@link Annotator#requires()} and {@link Annotator#provides()}; the
 * pipeline checks those names before it runs anything. Each layer is a constant of the stage that provides it and
 * is equal only to itself, as CoreNLP's annotation keys are classes.
 */
public final class Layer<T> {

    private final String name;
    private final String description;

    private Layer(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /**
     * @param name        the layer's name in messages and in docs/architecture.md
     * @param description what the layer holds, for docs/architecture.md
     */
    public static <T> Layer<T> of(String name, String description) {
        return new Layer<>(name, description);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return name;
    }
}
