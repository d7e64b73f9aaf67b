package com.zhengqi.graph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds people's names, positions, companies, government bodies, other organisations and
 * addresses in Chinese text with a character tagger trained on CLUENER2020 (see docs/ner.md).
 * Long texts are cut at sentence ends first, because the model learnt from sentences of a few
 * dozen characters. Thread-safe; {@link #shared()} loads the bundled model once per JVM.
 */
public final class PerceptronEntityTagger implements EntityTagger {

    /** The model bundled in the jar. */
    static final String MODEL_RESOURCE = "/ner/cluener.model.gz";

    private final LinearChainModel model;
    private final CharFeatures features;

    PerceptronEntityTagger(LinearChainModel model, CharFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** The tagger with the bundled model, loaded on first use. */
    public static PerceptronEntityTagger shared() {
        return Holder.INSTANCE;
    }

    /** Spans {@code [start, end)} in {@code text}, in text order, none overlapping. */
    @Override
    public List<EntitySpan> tag(String text) {
        List<EntitySpan> spans = new ArrayList<>();
        for (int[] piece : SentencePieces.split(text)) {
            String sentence = text.substring(piece[0], piece[1]);
            for (EntitySpan span : model.tags().decode(sentence, model.decode(features.extract(sentence)))) {
                spans.add(new EntitySpan(span.label(), span.start() + piece[0], span.end() + piece[0], span.text()));
            }
        }
        return spans;
    }

    static LinearChainModel load(String resource) {
        try (InputStream raw = PerceptronEntityTagger.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("NER model " + resource + " is missing from the classpath");
            }
            return LinearChainModel.read(new GZIPInputStream(raw, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        }
    }

    /** Lazy holder: the model (tens of MB on the heap) is read only by callers that tag. */
    private static final class Holder {
        static final PerceptronEntityTagger INSTANCE = new PerceptronEntityTagger(load(MODEL_RESOURCE), new CharFeatures());
    }
}
