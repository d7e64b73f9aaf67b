package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.FileGraph;
import org.jspecify.annotations.Nullable;

import java.util.function.Supplier;

/**
 * Builds the real extractor the first time a page is to be extracted. Its dictionaries, gazetteer and
 * models take seconds of CPU to load, which {@code serve} on a store with nothing to ingest never needs
 * before it answers (most runs of it never need them at all).
 */
public final class LazyPageExtractor implements PageExtractor {

    private final Supplier<PageExtractor> factory;
    private volatile @Nullable PageExtractor extractor;

    public LazyPageExtractor(Supplier<PageExtractor> factory) {
        this.factory = factory;
    }

    @Override
    public FileGraph extract(String source, String rawText) {
        return extractor().extract(source, rawText);
    }

    @Override
    public FileGraph extract(String source, String rawText, PageHints hints) {
        return extractor().extract(source, rawText, hints);
    }

    private PageExtractor extractor() {
        PageExtractor built = extractor;
        if (built == null) {
            synchronized (this) {
                built = extractor;
                if (built == null) {
                    built = factory.get();
                    extractor = built;
                }
            }
        }
        return built;
    }
}
