package com.zhengqi.graph.ner;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) for {@link LinearChainModel}: decode each training
 * sentence with the current weights and, where the best sequence differs from the gold one, add
 * the gold features and subtract the predicted ones; the model keeps the average of the weights
 * over all steps, which generalises much better than the last ones.
 */
final class PerceptronTrainer {

    private final CharFeatures featureExtractor;
    private final TagSet tags;
    private final int minFeatureCount;

    PerceptronTrainer(CharFeatures featureExtractor, TagSet tags, int minFeatureCount) {
        this.featureExtractor = featureExtractor;
        this.tags = tags;
        this.minFeatureCount = minFeatureCount;
    }

    /**
     * Trains for {@code epochs} passes over {@code sentences} in a shuffled order fixed by {@code seed};
     * {@code afterEpoch} is told the epoch number (from 1) with the averaged model so far, e.g. to score it.
     */
    LinearChainModel train(List<LabelledSentence> sentences, int epochs, long seed, float minWeight, PrintWriter log,
                           EpochListener afterEpoch) {
        List<List<List<String>>> featureStrings = new ArrayList<>(sentences.size());
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledSentence sentence : sentences) {
            List<List<String>> features = featureExtractor.extract(sentence.text());
            featureStrings.add(features);
            for (List<String> atChar : features) {
                for (String f : atChar) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        List<String> featureNames = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        counts.forEach((f, count) -> {
            if (count >= minFeatureCount) {
                ids.put(f, featureNames.size());
                featureNames.add(f);
            }
        });
        log.printf("%d sentences, %d features (%d seen at least %d times)%n", sentences.size(), counts.size(),
                featureNames.size(), minFeatureCount);
        int[][][] instances = new int[sentences.size()][][];
        int[][] gold = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<List<String>> features = featureStrings.get(s);
            instances[s] = new int[features.size()][];
            for (int i = 0; i < features.size(); i++) {
                instances[s][i] = features.get(i).stream().map(ids::get).filter(id -> id != null).mapToInt(Integer::intValue).toArray();
            }
            gold[s] = tags.encode(sentences.get(s).text().length(), sentences.get(s).spans());
        }
        featureStrings.clear();

        Weights weights = new Weights(featureNames.size() * tags.size(), (tags.size() + 1) * tags.size());
        int[] order = new int[sentences.size()];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            int mistakes = 0;
            for (int s : order) {
                int[] predicted = Viterbi.best(emissions(instances[s], weights.current), weights.currentTransitions, tags);
                if (update(instances[s], gold[s], predicted, weights)) {
                    mistakes++;
                }
                weights.step++;
            }
            log.printf("epoch %d: %d of %d sentences wrong%n", epoch, mistakes, order.length);
            log.flush();
            if (afterEpoch != null) {
                afterEpoch.accept(epoch, LinearChainModel.prune(tags, featureNames, weights.averaged(), weights.averagedTransitions(), minWeight));
            }
        }
        return LinearChainModel.prune(tags, featureNames, weights.averaged(), weights.averagedTransitions(), minWeight);
    }

    private float[][] emissions(int[][] instance, float[] weights) {
        int size = tags.size();
        float[][] emissions = new float[instance.length][size];
        for (int i = 0; i < instance.length; i++) {
            for (int f : instance[i]) {
                int base = f * size;
                for (int t = 0; t < size; t++) {
                    emissions[i][t] += weights[base + t];
                }
            }
        }
        return emissions;
    }

    private boolean update(int[][] instance, int[] gold, int[] predicted, Weights weights) {
        int size = tags.size();
        boolean wrong = false;
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] != predicted[i]) {
                wrong = true;
                for (int f : instance[i]) {
                    weights.addFeature(f * size + gold[i], 1f);
                    weights.addFeature(f * size + predicted[i], -1f);
                }
            }
            int goldFrom = i == 0 ? size : gold[i - 1];
            int predictedFrom = i == 0 ? size : predicted[i - 1];
            if (goldFrom != predictedFrom || gold[i] != predicted[i]) {
                weights.addTransition(goldFrom * size + gold[i], 1f);
                weights.addTransition(predictedFrom * size + predicted[i], -1f);
            }
        }
        return wrong;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Called after each epoch with the averaged model so far. */
    @FunctionalInterface
    interface EpochListener {
        void accept(int epoch, LinearChainModel model);
    }

    /**
     * Current weights plus, for averaging without touching every weight at every step, the sum of
     * each update times the step it happened at (Daumé's trick: average = current − sum / steps).
     */
    private static final class Weights {
        final float[] current;
        final double[] stamped;
        final float[] currentTransitions;
        final double[] stampedTransitions;
        long step = 1;

        Weights(int features, int transitions) {
            current = new float[features];
            stamped = new double[features];
            currentTransitions = new float[transitions];
            stampedTransitions = new double[transitions];
        }

        void addFeature(int index, float delta) {
            current[index] += delta;
            stamped[index] += step * delta;
        }

        void addTransition(int index, float delta) {
            currentTransitions[index] += delta;
            stampedTransitions[index] += step * delta;
        }

        float[] averaged() {
            return average(current, stamped);
        }

        float[] averagedTransitions() {
            return average(currentTransitions, stampedTransitions);
        }

        private float[] average(float[] weights, double[] stamps) {
            float[] out = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                out[i] = (float) (weights[i] - stamps[i] / step);
            }
            return out;
        }
    }
}
