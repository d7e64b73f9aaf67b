package com.zhengqi.graph.ner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the NER model from a labelled CLUENER2020 file and writes it, gzipped, where
 * {@link PerceptronEntityTagger} loads it from. Not part of the build: run it by hand (docs/ner.md)
 * after changing the features or the training data.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the character NER model on CLUENER2020 JSON lines.")
public final class TrainNer implements Callable<Integer> {

    /** The labels the scores printed during training are averaged over: the ones the graph needs most. */
    static final List<String> MAIN_LABELS = List.of("name", "position", "company", "government");

    @Parameters(index = "0", paramLabel = "TRAIN", description = "Labelled CLUENER JSON lines (train.json).")
    Path train;

    @Parameters(index = "1", paramLabel = "MODEL", description = "Where to write the model, e.g. src/main/resources/ner/cluener.model.gz.")
    Path model;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the training data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "20200101", description = "Seed of the shuffling (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-count", defaultValue = "1", description = "Drop features seen fewer times in training (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-weight", defaultValue = "0.5", description = "Drop averaged weights smaller than this (default ${DEFAULT-VALUE}).")
    float minWeight;

    @Option(names = "--holdout", defaultValue = "0", description = "Keep the last N training sentences out and score on them after each epoch.")
    int holdout;

    @Option(names = "--score", paramLabel = "FILE", description = "Also score on this labelled file after each epoch (measuring only).")
    Path score;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainNer()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter log = new PrintWriter(System.err, true);
        List<LabelledSentence> sentences = ClueNerFile.read(train, log);
        List<LabelledSentence> held = sentences.subList(sentences.size() - holdout, sentences.size());
        List<LabelledSentence> learn = sentences.subList(0, sentences.size() - holdout);
        List<LabelledSentence> scored = score == null ? List.of() : ClueNerFile.read(score, log);
        TagSet tags = new TagSet(Labels.of(learn));
        CharFeatures features = new CharFeatures();
        long started = System.nanoTime();
        LinearChainModel trained = new PerceptronTrainer(features, tags, minCount).train(learn, epochs, seed, minWeight, log,
                (epoch, m) -> {
                    PerceptronEntityTagger tagger = new PerceptronEntityTagger(m, features);
                    printMicroF1(log, "held-out", tagger, held);
                    printMicroF1(log, score == null ? "" : score.getFileName().toString(), tagger, scored);
                });
        log.printf("trained in %.1f s; %d features kept%n", (System.nanoTime() - started) / 1e9, trained.featureCount());
        write(trained);
        log.printf("wrote %s (%d bytes)%n", model, Files.size(model));
        if (!scored.isEmpty()) {
            log.print(SpanScores.of(new PerceptronEntityTagger(trained, features), scored).table(tags.labels()));
            log.flush();
        }
        return 0;
    }

    /** One line of the scores printed after each epoch, over {@link #MAIN_LABELS}; nothing when there is nothing to score. */
    private static void printMicroF1(PrintWriter log, String what, PerceptronEntityTagger tagger, List<LabelledSentence> sentences) {
        if (!sentences.isEmpty()) {
            log.printf("  %s micro F1 %.4f%n", what, SpanScores.of(tagger, sentences).micro(MAIN_LABELS).f1());
        }
    }

    private void write(LinearChainModel trained) throws IOException {
        if (model.getParent() != null) {
            Files.createDirectories(model.getParent());
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(model), 1 << 16)) {
            trained.write(out);
        }
    }
}
