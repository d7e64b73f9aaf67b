package com.zhengqi.graph.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained linear-chain tagger: for each feature string a few (tag, weight) pairs, plus tag-to-tag
 * transition weights. Scores every tag at every character and returns the best allowed sequence.
 * Immutable once built, so one instance serves any number of threads.
 *
 * <p>File format (the caller wraps it in gzip): magic, version, labels, transition weights,
 * feature count, pair count, weight scale, then per feature its string, its number of pairs and
 * the pairs as (tag byte, weight short). Weights are quantised to 16 bits against the largest one.
 */
final class LinearChainModel {

    private static final int MAGIC = 0x5A514E52;
    private static final int VERSION = 1;

    private final TagSet tags;
    private final FeatureTable rows;
    /** Row → feature string; kept only by models built in training, the ones that get written. */
    private final String[] names;
    /** Row r's pairs are {@code [rowStart[r], rowStart[r + 1])} in {@link #pairTag} and {@link #pairWeight}. */
    private final int[] rowStart;
    private final byte[] pairTag;
    private final float[] pairWeight;
    private final float[] transitions;

    private LinearChainModel(TagSet tags, FeatureTable rows, String[] names, int[] rowStart, byte[] pairTag,
                             float[] pairWeight, float[] transitions) {
        this.tags = tags;
        this.rows = rows;
        this.names = names;
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
                int row = rows.get(feature);
                if (row < 0) {
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
        int pairs = 0;
        for (float w : weights) {
            if (kept(w, minWeight)) {
                pairs++;
            }
        }
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        byte[] pairTag = new byte[pairs];
        float[] pairWeight = new float[pairs];
        int p = 0;
        for (int f = 0; f < features.size(); f++) {
            int before = p;
            for (int t = 0; t < size; t++) {
                float w = weights[f * size + t];
                if (kept(w, minWeight)) {
                    pairTag[p] = (byte) t;
                    pairWeight[p++] = w;
                }
            }
            if (p > before) {
                names.add(features.get(f));
                starts.add(before);
            }
        }
        starts.add(p);
        FeatureTable rows = new FeatureTable(names.size());
        for (int r = 0; r < names.size(); r++) {
            rows.put(names.get(r), r);
        }
        return new LinearChainModel(tags, rows, names.toArray(String[]::new), starts.stream().mapToInt(Integer::intValue).toArray(),
                pairTag, pairWeight, transitions.clone());
    }

    private static boolean kept(float weight, float minWeight) {
        return weight != 0f && Math.abs(weight) >= minWeight;
    }

    void write(OutputStream stream) throws IOException {
        String[] byRow = names();
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
        out.writeInt(byRow.length);
        out.writeInt(pairTag.length);
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
        byte[] pairTag = new byte[in.readInt()];
        float[] pairWeight = new float[pairTag.length];
        float scale = in.readFloat();
        FeatureTable rows = new FeatureTable(featureCount);
        int[] rowStart = new int[featureCount + 1];
        int p = 0;
        for (int r = 0; r < featureCount; r++) {
            rows.put(in.readUTF(), r);
            rowStart[r] = p;
            for (int pairs = in.readUnsignedByte(); pairs > 0; pairs--) {
                pairTag[p] = in.readByte();
                pairWeight[p++] = in.readShort() * scale;
            }
        }
        rowStart[featureCount] = p;
        return new LinearChainModel(tags, rows, null, rowStart, pairTag, pairWeight, transitions);
    }

    private String[] names() {
        if (names == null) {
            throw new IllegalStateException("a model read from a file keeps no feature names; write models from training");
        }
        return names;
    }
}
