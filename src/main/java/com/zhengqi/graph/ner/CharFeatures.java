package com.zhengqi.graph.ner;

import com.zhengqi.graph.lexicon.Chars;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into feature strings, one list per character: the characters and character
 * pairs around it, their kinds (Han, digit, Latin, punctuation), where the character sits in
 * HanLP's segmentation and the part of speech HanLP gives that word (nr person, nt organisation,
 * nnt title, nis institution suffix, ...), and which domain-lexicon entries cover it. Thread-safe:
 * holds no per-sentence state.
 */
final class CharFeatures {

    private static final char SENTENCE_START = '\u0002';
    private static final char SENTENCE_END = '\u0003';

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true);
    private final DomainLexicon lexicon = new DomainLexicon();

    List<List<String>> extract(String text) {
        int n = text.length();
        char[] chars = normalise(text);
        List<List<String>> features = new ArrayList<>(n);
        List<List<String>> wordFeatures = wordFeatures(text);
        List<List<String>> lexiconFeatures = lexiconFeatures(text);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(24);
            f.add("b");
            char p3 = at(chars, i - 3), p2 = at(chars, i - 2), p1 = at(chars, i - 1), c = chars[i];
            char n1 = at(chars, i + 1), n2 = at(chars, i + 2), n3 = at(chars, i + 3);
            f.add("c-3" + p3);
            f.add("c-2" + p2);
            f.add("c-1" + p1);
            f.add("c0" + c);
            f.add("c1" + n1);
            f.add("c2" + n2);
            f.add("c3" + n3);
            f.add("b-2" + p2 + p1);
            f.add("b-1" + p1 + c);
            f.add("b0" + c + n1);
            f.add("b1" + n1 + n2);
            f.add("t0" + p1 + c + n1);
            f.add("k" + kind(p1) + kind(c) + kind(n1));
            f.add("t-1" + p2 + p1 + c);
            f.add("t1" + c + n1 + n2);
            f.add("s" + p1 + n1);
            f.addAll(wordFeatures.get(i));
            f.addAll(lexiconFeatures.get(i));
            features.add(f);
        }
        return features;
    }

    /** Per character: which list words cover it and where it sits in them, and whether one ends just before or starts just after. */
    private List<List<String>> lexiconFeatures(String text) {
        List<List<String>> out = emptyLists(text.length());
        for (DomainLexicon.Match m : lexicon.find(text)) {
            int length = m.end() - m.start();
            for (int i = m.start(); i < m.end(); i++) {
                char place = length == 1 ? 'S' : i == m.start() ? 'B' : i == m.end() - 1 ? 'E' : 'M';
                out.get(i).add("x" + m.category() + place);
            }
            if (m.start() > 0) {
                out.get(m.start() - 1).add("x" + m.category() + ">");
            }
            if (m.end() < text.length()) {
                out.get(m.end()).add("x" + m.category() + "<");
            }
        }
        return out;
    }

    /** Per character: its place in the HanLP word (B, M, E, S), the word's part of speech, the word and its neighbours' tags. */
    private List<List<String>> wordFeatures(String text) {
        List<List<String>> out = emptyLists(text.length());
        List<Term> terms = segment.seg(text);
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            String nature = String.valueOf(term.nature);
            String previous = t > 0 ? String.valueOf(terms.get(t - 1).nature) : "^";
            String next = t + 1 < terms.size() ? String.valueOf(terms.get(t + 1).nature) : "$";
            int length = term.word.length();
            for (int k = 0; k < length; k++) {
                int i = term.offset + k;
                if (i < 0 || i >= text.length()) {
                    continue;
                }
                char place = length == 1 ? 'S' : k == 0 ? 'B' : k == length - 1 ? 'E' : 'M';
                out.get(i).addAll(List.of("p" + place + nature, "pn" + place + previous + "|" + nature,
                        "nn" + place + nature + "|" + next, "w" + place + term.word));
            }
        }
        return out;
    }

    private static List<List<String>> emptyLists(int length) {
        List<List<String>> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add(new ArrayList<>(4));
        }
        return out;
    }

    private static char[] normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Chars.isFullWidthAscii(c)) {
                c = Chars.halfWidth(c);
            }
            if (c >= '0' && c <= '9') {
                c = '0';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return chars;
    }

    private static char at(char[] chars, int i) {
        return i < 0 ? SENTENCE_START : i >= chars.length ? SENTENCE_END : chars[i];
    }

    /** H Han, D digit, L Latin letter, P punctuation or symbol, S space, ^ and $ the sentence ends. */
    private static char kind(char c) {
        if (c == SENTENCE_START) {
            return '^';
        }
        if (c == SENTENCE_END) {
            return '$';
        }
        if (c == '0') {
            return 'D';
        }
        if (Character.isWhitespace(c)) {
            return 'S';
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 'H';
        }
        return Character.isLetter(c) ? 'L' : 'P';
    }
}
