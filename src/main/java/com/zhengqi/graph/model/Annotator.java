package com.zhengqi.graph.model;

import java.util.Set;

/**
 * One step of extraction: it reads some layers of a {@link Document} and adds others. What it reads is
 * {@link #requires()}, what it adds is {@link #provides()} (Stanford CoreNLP's {@code requires()} /
 * {@code requirementsSatisfied()}, spaCy's {@code requires} / {@code assigns}); the pipeline refuses an order in
 * which a layer is read before an annotator provides it.
 */
public interface Annotator {

    /** The layers this annotator reads; each must be provided by an annotator before it or given to the pipeline. */
    Set<Layer<?>> requires();

    /** The layers this annotator adds to the document. */
    Set<Layer<?>> provides();

    void annotate(Document document);

    /** The name used in messages, in each {@link Mention#annotator()} and in docs/architecture.md. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** One sentence saying what the annotator does, for docs/architecture.md. */
    String describe();
}
