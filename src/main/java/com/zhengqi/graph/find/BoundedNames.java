package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * The candidate names of one article whose end the text shows: a surname and one or two characters written right
 * before a closing mark (吴某丙，, 万某健、, 刘某钊等). A name the segmenter cuts short in one place (区委书记吴某丙
 * read as 吴某 + 丙) is usually written whole before a comma or 、 somewhere in the same article, so its extent is
 * decided from every occurrence, not one segmentation. Built once per text (one pass over its closing marks).
 */
final class BoundedNames {

    private static final String CLOSERS = String.join("", Lexicon.words("name-right-boundaries.txt"));
    private static final ThreadLocal<BoundedNames> LAST = new ThreadLocal<>();

    private final String source;
    private final Set<String> names = new HashSet<>();

    private BoundedNames(String text, Set<String> surnames) {
        this.source = text;
        for (int p = 2; p < text.length(); p++) {
            if (CLOSERS.indexOf(text.charAt(p)) < 0) {
                continue;
            }
            for (int length = 2; length <= 4 && length <= p; length++) {
                String candidate = text.substring(p - length, p);
                int surname = surnames.contains(candidate.substring(0, Math.min(2, length - 1))) && length > 2 ? 2
                        : surnames.contains(candidate.substring(0, 1)) ? 1 : 0;
                if (surname > 0 && length - surname <= 2 && candidate.chars().allMatch(c -> OrganizationFinder.isCjkLetter((char) c))) {
                    names.add(candidate);
                }
            }
        }
    }

    /** The bounded names of {@code text}; the last text's are reused, as the finders read one article at a time. */
    static BoundedNames of(String text, Set<String> surnames) {
        BoundedNames last = LAST.get();
        if (last != null && last.source == text) {
            return last;
        }
        BoundedNames fresh = new BoundedNames(text, surnames);
        LAST.set(fresh);
        return fresh;
    }

    /** Whether the text writes {@code candidate} right before a closing mark somewhere. */
    boolean isWrittenWhole(String candidate) {
        return names.contains(candidate);
    }
}
