package com.zhengqi.graph.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Annotators run in a fixed order over each document. The order is checked when the pipeline is built: an
 * annotator that reads a layer no annotator before it provides (and the caller does not give) is refused with a
 * message naming both, so a misplaced step fails at start-up instead of reading an empty layer.
 */
public final class Pipeline {

    private final Set<Layer<?>> given;
    private final List<Annotator> annotators;

    /**
     * @param given      the layers the caller puts on every document before {@link #annotate} (e.g. the page's region)
     * @param annotators the steps in the order they run
     * @throws IllegalArgumentException when some annotator requires a layer not available at its place
     */
    public Pipeline(Set<Layer<?>> given, List<Annotator> annotators) {
        this.given = Set.copyOf(given);
        this.annotators = List.copyOf(annotators);
        Set<Layer<?>> available = new HashSet<>(given);
        for (int i = 0; i < this.annotators.size(); i++) {
            Annotator annotator = this.annotators.get(i);
            for (Layer<?> layer : annotator.requires()) {
                if (!available.contains(layer)) {
                    throw new IllegalArgumentException("annotator " + annotator.name() + " requires " + layer + ", which "
                            + providerAfter(i, layer) + "; put it after the annotator that provides " + layer);
                }
            }
            available.addAll(annotator.provides());
        }
    }

    private String providerAfter(int index, Layer<?> layer) {
        for (Annotator later : annotators.subList(index + 1, annotators.size())) {
            if (later.provides().contains(layer)) {
                return "only " + later.name() + ", later in the pipeline, provides";
            }
        }
        return "no annotator in the pipeline provides";
    }

    public Set<Layer<?>> given() {
        return given;
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** Runs every annotator over the document, which must carry the {@link #given()} layers. */
    public void annotate(Document document) {
        for (Layer<?> layer : given) {
            if (!document.has(layer)) {
                throw new IllegalArgumentException("the document lacks " + layer + ", which the pipeline expects to be given");
            }
        }
        for (Annotator annotator : annotators) {
            document.runningAnnotator(annotator.name());
            annotator.annotate(document);
            for (Layer<?> layer : annotator.provides()) {
                if (!document.has(layer)) {
                    throw new IllegalStateException("annotator " + annotator.name() + " did not add " + layer + ", which it provides");
                }
            }
        }
        document.runningAnnotator("");
    }
}
