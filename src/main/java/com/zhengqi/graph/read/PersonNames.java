package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;

import java.util.Set;

/**
 * Tells whether a short token is a Chinese personal name, for bylines: two to four Han characters,
 * starting with a known surname when the context alone does not vouch for it (a role word such as
 * 记者 right before a token does). Names of minorities written with a middle dot (阿不都·热合曼) pass
 * only when vouched for.
 */
final class PersonNames {

    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;
    private static final int LONGEST_DOTTED = 16;

    private final Set<String> surnames;

    PersonNames(Set<String> surnames) {
        this.surnames = Set.copyOf(surnames);
    }

    static PersonNames fromLexicon() {
        return new PersonNames(Set.copyOf(Lexicon.words("byline-surnames.txt")));
    }

    boolean isName(String token, boolean vouchedFor) {
        if (token.indexOf('·') > 0 && vouchedFor) {
            return isDottedName(token);
        }
        if (token.length() < SHORTEST || token.length() > LONGEST || !allHan(token)) {
            return false;
        }
        return vouchedFor || startsWithSurname(token);
    }

    boolean isSurname(String token) {
        return surnames.contains(token);
    }

    private boolean startsWithSurname(String token) {
        return surnames.contains(token.substring(0, 1))
                || token.length() > SHORTEST && surnames.contains(token.substring(0, 2));
    }

    private static boolean isDottedName(String token) {
        if (token.length() > LONGEST_DOTTED || token.endsWith("·")) {
            return false;
        }
        for (String part : token.split("·")) {
            if (part.isEmpty() || !allHan(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHan(String token) {
        return token.codePoints().allMatch(Chars::isHan);
    }
}
