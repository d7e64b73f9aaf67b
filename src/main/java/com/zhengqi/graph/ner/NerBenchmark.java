package com.zhengqi.graph.ner;

import com.zhengqi.graph.lexicon.Terms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures the bundled NER model: load time, per-class scores on the CLUENER2020 dev set and on
 * the Resume NER dev set (its NAME, TITLE and ORG against our name, position and
 * company/government/organization), and tagging speed on one thread. Run by
 * {@code scripts/ner-benchmark.sh}; the figures go into docs/ner.md.
 */
@Command(name = "ner-benchmark", mixinStandardHelpOptions = true,
        description = "Score and time the bundled NER model on CLUENER2020 dev and Resume NER dev.")
public final class NerBenchmark implements Callable<Integer> {

    private static final Terms RULES = Terms.load("rules/ner.txt");
    private static final String WARM_UP_TEXT = RULES.word("warm-up-text");

    /** Our labels as Resume NER calls them; labels not listed have no counterpart there. */
    static final Map<String, String> RESUME_LABELS = Map.of(
            "name", "NAME", "position", "TITLE", "company", "ORG", "government", "ORG", "organization", "ORG");

    @Option(names = "--cluener", description = "CLUENER dev file (default: cluener/dev.json under $ZHENGQI_DATASETS or ../shared/datasets).")
    Path cluener = Datasets.clueNerDev();

    @Option(names = "--resume", description = "Resume NER file (default: resume_ner/dev.char.bmes there).")
    Path resume = Datasets.resumeNerDev();

    @Option(names = "--rounds", defaultValue = "5", description = "Timed passes over the CLUENER sentences; the median is reported (default ${DEFAULT-VALUE}).")
    int rounds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NerBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        long started = System.nanoTime();
        PerceptronEntityTagger tagger = PerceptronEntityTagger.shared();
        tagger.tag(WARM_UP_TEXT);
        out.printf("model loaded in %.2f s (with HanLP's dictionaries); heap in use %d MB%n", (System.nanoTime() - started) / 1e9,
                usedHeapMegabytes());
        if (Files.exists(cluener)) {
            List<LabelledSentence> dev = ClueNerFile.read(cluener, out);
            out.println("CLUENER2020 " + cluener + " (" + dev.size() + " sentences)");
            SpanScores scores = SpanScores.of(tagger, dev);
            out.print(scores.table(TrainNer.MAIN_LABELS));
            out.print(SpanScores.of(tagger, dev).table(List.copyOf(scores.labels())));
            speed(tagger, dev, out);
        } else {
            out.println("no " + cluener + ": CLUENER scores and speed skipped");
        }
        if (Files.exists(resume)) {
            List<LabelledSentence> sentences = ResumeNerFile.read(resume, out);
            out.println("Resume NER " + resume + " (" + sentences.size() + " sentences)");
            out.print(SpanScores.of(text -> asResume(tagger.tag(text)), sentences).table(List.of("NAME", "TITLE", "ORG")));
        } else {
            out.println("no " + resume + ": Resume NER scores skipped");
        }
        out.flush();
        return 0;
    }

    private void speed(EntityTagger tagger, List<LabelledSentence> sentences, PrintWriter out) {
        long characters = sentences.stream().mapToLong(s -> s.text().length()).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            for (LabelledSentence sentence : sentences) {
                tagger.tag(sentence.text());
            }
            wall[r] = (System.nanoTime() - started) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        out.printf("speed, one thread, median of %d passes: %.0f sentences/s (%.0f characters/s) by the wall clock, "
                        + "%.0f sentences/s (%.0f characters/s) per CPU second%n", rounds, sentences.size() / wall[rounds / 2],
                characters / wall[rounds / 2], sentences.size() / cpu[rounds / 2], characters / cpu[rounds / 2]);
    }

    private static long usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** Our spans with Resume NER's labels; spans of labels it does not have are dropped. */
    static List<EntitySpan> asResume(List<EntitySpan> spans) {
        List<EntitySpan> mapped = new ArrayList<>();
        for (EntitySpan span : spans) {
            String label = RESUME_LABELS.get(span.label());
            if (label != null) {
                mapped.add(new EntitySpan(label, span.start(), span.end(), span.text()));
            }
        }
        return mapped;
    }
}
