package com.zhengqi.graph.find.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained linear-chain tagger: for each feature string a few (tag, weight) pairs, plus tag-to-tag
 * transition weights. Scores every tag at every character and returns the best allowed sequence.
 * Immutable once built, so one instance serves any number of threads.
 *
 * <p>File format (the caller wraps it in gzip): magic, version, labels, transition weights,
 * feature count, weight scale, then per feature its string, its number of pairs and the pairs as
 * (tag byte, weight short). Weights are quantised to 16 bits against the largest one.
 */
final class LinearChainModel {

    private static final int MAGIC = 0x5A514E52;
    private static final int VERSION = 1;

    private final TagSet tags;
    private final Map<String, Integer> rows;
    /** Row r's pairs are {@code [rowStart[r], rowStart[r + 1])} in {@link #pairTag} and {@link #pairWeight}. */
    private final int[] rowStart;
    private final byte[] pairTag;
    private final float[] pairWeight;
    private final float[] transitions;

    private LinearChainModel(TagSet tags, Map<String, Integer> rows, int[] rowStart, byte[] pairTag, float[] pairWeight,
                             float[] transitions) {
        this.tags = tags;
        this.rows = rows;
        this.rowStart = rowStart;
        this.pairTag = pairTag;
        this.pairWeight = pairWeight;
        this.transitions = transitions;
    }

    TagSet tags() {
        return tags;
    }

    int featureCount() {
        return rows.size();
    }

    int[] decode(List<List<String>> features) {
        int size = tags.size();
        float[][] emissions = new float[features.size()][size];
        for (int i = 0; i < emissions.length; i++) {
            float[] scores = emissions[i];
            for (String feature : features.get(i)) {
                Integer row = rows.get(feature);
                if (row == null) {
                    continue;
                }
                for (int p = rowStart[row]; p < rowStart[row + 1]; p++) {
                    scores[pairTag[p]] += pairWeight[p];
                }
            }
        }
        return Viterbi.best(emissions, transitions, tags);
    }

    /**
     * Keeps, for each feature, the tags whose weight is at least {@code minWeight} in absolute value;
     * features left with none are dropped. {@code weights} is {@code features.size() × tags} row-major.
     */
    static LinearChainModel prune(TagSet tags, List<String> features, float[] weights, float[] transitions, float minWeight) {
        int size = tags.size();
        Map<String, Integer> rows = new HashMap<>();
        List<Integer> starts = new ArrayList<>();
        ByteList pairTags = new ByteList();
        FloatList pairWeights = new FloatList();
        for (int f = 0; f < features.size(); f++) {
            int before = pairTags.size;
            for (int t = 0; t < size; t++) {
                float w = weights[f * size + t];
                if (w != 0f && Math.abs(w) >= minWeight) {
                    pairTags.add((byte) t);
                    pairWeights.add(w);
                }
            }
            if (pairTags.size > before) {
                rows.put(features.get(f), starts.size());
                starts.add(before);
            }
        }
        starts.add(pairTags.size);
        return new LinearChainModel(tags, rows, starts.stream().mapToInt(Integer::intValue).toArray(), pairTags.toArray(),
                pairWeights.toArray(), transitions.clone());
    }

    /** The model whose every weight is the mean of that weight in {@code models}, which must share their labels;
     * means smaller than {@code minWeight} are dropped. */
    static LinearChainModel average(List<LinearChainModel> models, float minWeight) {
        TagSet tags = models.getFirst().tags;
        int size = tags.size();
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (LinearChainModel m : models) {
            m.rows.keySet().forEach(f -> ids.computeIfAbsent(f, k -> {
                names.add(k);
                return names.size() - 1;
            }));
        }
        float[] weights = new float[names.size() * size];
        float[] transitions = new float[models.getFirst().transitions.length];
        for (LinearChainModel m : models) {
            m.rows.forEach((feature, row) -> {
                int base = ids.get(feature) * size;
                for (int p = m.rowStart[row]; p < m.rowStart[row + 1]; p++) {
                    weights[base + m.pairTag[p]] += m.pairWeight[p] / models.size();
                }
            });
            for (int t = 0; t < transitions.length; t++) {
                transitions[t] += m.transitions[t] / models.size();
            }
        }
        return prune(tags, names, weights, transitions, minWeight);
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(tags.labels().size());
        for (String label : tags.labels()) {
            out.writeUTF(label);
        }
        out.writeInt(transitions.length);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        float largest = 0f;
        for (float w : pairWeight) {
            largest = Math.max(largest, Math.abs(w));
        }
        float scale = largest == 0f ? 1f : largest / Short.MAX_VALUE;
        String[] byRow = new String[rows.size()];
        rows.forEach((feature, row) -> byRow[row] = feature);
        out.writeInt(byRow.length);
        out.writeFloat(scale);
        for (int r = 0; r < byRow.length; r++) {
            out.writeUTF(byRow[r]);
            out.writeByte(rowStart[r + 1] - rowStart[r]);
            for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                out.writeByte(pairTag[p]);
                out.writeShort(Math.round(pairWeight[p] / scale));
            }
        }
        out.flush();
    }

    static LinearChainModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a NER model of version " + VERSION);
        }
        List<String> labels = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            labels.add(in.readUTF());
        }
        TagSet tags = new TagSet(labels);
        float[] transitions = new float[in.readInt()];
        for (int t = 0; t < transitions.length; t++) {
            transitions[t] = in.readFloat();
        }
        int featureCount = in.readInt();
        float scale = in.readFloat();
        Map<String, Integer> rows = HashMap.newHashMap(featureCount);
        int[] rowStart = new int[featureCount + 1];
        ByteList pairTags = new ByteList();
        FloatList pairWeights = new FloatList();
        for (int r = 0; r < featureCount; r++) {
            rows.put(in.readUTF(), r);
            rowStart[r] = pairTags.size;
            for (int p = in.readUnsignedByte(); p > 0; p--) {
                pairTags.add(in.readByte());
                pairWeights.add(in.readShort() * scale);
            }
        }
        rowStart[featureCount] = pairTags.size;
        return new LinearChainModel(tags, rows, rowStart, pairTags.toArray(), pairWeights.toArray(), transitions);
    }

    /** Growable primitive arrays, so that loading a model of a million weights does not box them. */
    private static final class ByteList {
        byte[] values = new byte[1024];
        int size;

        void add(byte value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        byte[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class FloatList {
        float[] values = new float[1024];
        int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
