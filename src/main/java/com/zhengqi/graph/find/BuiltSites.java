package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;

import java.util.List;
import java.util.Set;

/**
 * Tourism and care sites as projects: a name closed by 度假区, 古镇, 景区 or 康养基地 is a project only when its clause
 * builds, develops, signs or invests in it (投资8亿元建设X古镇, 由A投资建设的X旅游区, 签约X度假区) or a project word
 * follows (X度假区项目, read as any project). Elsewhere (游客来到X景区) the same name is a place, not a project.
 */
final class BuiltSites {
    private static final Set<String> ENDINGS = Set.copyOf(Lexicon.words("project-site-endings.txt"));
    private static final List<String> VERBS = Lexicon.words("site-building-verbs.txt");
    /** How far back in the clause a building verb may stand (投资12亿元建设|云岭湖度假区). */
    private static final int REACH = 24;

    static List<String> endings() {
        return List.copyOf(ENDINGS);
    }

    static boolean isSiteEnding(String ending) {
        return ENDINGS.contains(ending);
    }

    /** True when a building verb stands in the clause before {@code nameStart}. */
    static boolean isBuilt(String text, int nameStart) {
        int from = nameStart;
        while (from > 0 && nameStart - from < REACH && !Chars.CLAUSE_OR_LINE_END.contains(text.charAt(from - 1))) {
            from--;
        }
        String clause = text.substring(from, nameStart);
        return VERBS.stream().anyMatch(clause::contains);
    }
}
