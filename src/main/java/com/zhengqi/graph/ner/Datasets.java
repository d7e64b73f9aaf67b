package com.zhengqi.graph.ner;

import java.nio.file.Path;

/**
 * Where the public benchmark sets live: {@code $ZHENGQI_DATASETS} if set, else
 * {@code ../shared/datasets} beside the project (as on CI). They are never part of the repository.
 */
final class Datasets {

    private Datasets() {
    }

    static Path dir() {
        String configured = System.getenv("ZHENGQI_DATASETS");
        return Path.of(configured == null || configured.isBlank() ? "../shared/datasets" : configured);
    }

    static Path clueNerDev() {
        return dir().resolve("cluener/dev.json");
    }

    static Path resumeNerDev() {
        return dir().resolve("resume_ner/dev.char.bmes");
    }
}
