package com.zhengqi.graph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses one division for each place mention of an article from the other places the article names.
 * Mentions with one candidate that is not weak are taken as they are and become the context. A candidate of
 * any other mention scores for every resolved mention that is the same division, its parent or child, a
 * farther ancestor or descendant, a sibling (same parent), or in the same province; the best candidate wins
 * if it scores above zero and above every other (a province wins a tie: 海南). Mentions resolved in one round
 * are context for the next.
 *
 * <p>A candidate is weak when the text gives little sign that it means a place: a short form of a county
 * (北关, 建华 is also a given name), a two-character town name (马镇 in 马镇长), a town-level unit coded
 * 400-599 (farms and parks, often with generic names), or a town name an ordinary word reaches into (明村镇 in
 * 文明村镇). A weak candidate counts
 * only close support: the same division under its full name, its parent or child, a sibling, or an enclosing
 * city or county; a province named somewhere in the article is not enough. Whatever stays unresolved is
 * dropped: a missing place costs less than a wrong one. Candidates at the town level count only close support
 * too: that an article names 黑龙江 says little about which of its many 新兴乡 it means.
 */
final class ContextResolver {

    /** How two divisions named in one article are related, and how much the one supports the other. */
    private enum Relation {
        SAME(2), PARENT_OR_CHILD(2), FARTHER_LINE(1), SIBLING(1), SAME_PROVINCE(0.25), NONE(0);

        final double weight;

        Relation(double weight) {
            this.weight = weight;
        }
    }

    /** A division's ancestors' codes and its province's code (its own for a province). */
    private record Lineage(Set<String> ancestors, String province) {
    }

    private static final int MAX_ROUNDS = 4;
    private static final int SHORT_TOWN_NAME = 2;
    private static final int TOWN_CODE_LENGTH = 9;

    private final ChinaGazetteer gazetteer;
    private final Map<String, Lineage> lineageCache = new ConcurrentHashMap<>();

    ContextResolver(ChinaGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The division of each mention, index for index; null where a mention stays unresolved. */
    Division[] resolve(List<PlaceMention> mentions) {
        int n = mentions.size();
        Division[] resolved = new Division[n];
        for (int i = 0; i < n; i++) {
            PlaceMention m = mentions.get(i);
            if (m.candidates().size() == 1 && !isWeak(m, m.candidates().getFirst())) {
                resolved[i] = m.candidates().getFirst();
            }
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Division[] context = resolved.clone();
            Map<String, Division> choiceBySurface = new HashMap<>();
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (context[i] != null) {
                    continue;
                }
                PlaceMention m = mentions.get(i);
                Division choice = choiceBySurface.computeIfAbsent(m.surface(), s -> choose(m, mentions, context));
                if (choice != null) {
                    resolved[i] = choice;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return resolved;
    }

    private static boolean isWeak(PlaceMention m, Division candidate) {
        RegionLevel level = RegionLevel.of(candidate);
        if (candidate.code().length() == TOWN_CODE_LENGTH) {
            // Town-level codes 400-599 are farms, parks and the like, often with generic names (新能源产业园).
            boolean townLike = candidate.code().charAt(TOWN_CODE_LENGTH - 3) >= '4';
            if (townLike || candidate.name().length() <= SHORT_TOWN_NAME || m.straddled()) {
                return true;
            }
        }
        boolean namedInFull = m.fullName() && candidate.name().equals(m.surface());
        return !namedInFull && level != RegionLevel.PROVINCE && level != RegionLevel.CITY && !m.selfEvident();
    }

    private Division choose(PlaceMention m, List<PlaceMention> mentions, Division[] context) {
        List<Division> candidates = m.candidates();
        double[] scores = new double[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            Division candidate = candidates.get(c);
            boolean closeOnly = isWeak(m, candidate) || candidate.code().length() == TOWN_CODE_LENGTH;
            scores[c] = support(candidate, closeOnly, m, mentions, context);
        }
        int best = 0;
        boolean tie = false;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
                tie = false;
            } else if (scores[c] == scores[best]) {
                tie = true;
            }
        }
        if (tie) {
            return provinceAmongBest(candidates, scores, scores[best]);
        }
        return scores[best] > 0 ? candidates.get(best) : null;
    }

    /** In a tie a province wins over smaller places of the same name (海南: the province, not 海南藏族自治州). */
    private static Division provinceAmongBest(List<Division> candidates, double[] scores, double best) {
        Division province = null;
        for (int c = 0; c < candidates.size(); c++) {
            if (scores[c] == best && RegionLevel.of(candidates.get(c)) == RegionLevel.PROVINCE) {
                if (province != null) {
                    return null;
                }
                province = candidates.get(c);
            }
        }
        return province;
    }

    private double support(Division candidate, boolean closeOnly, PlaceMention self, List<PlaceMention> mentions,
                           Division[] context) {
        double score = 0;
        for (int j = 0; j < mentions.size(); j++) {
            Division other = context[j];
            if (other == null || mentions.get(j).surface().equals(self.surface())) {
                continue;
            }
            Relation relation = relation(candidate, other);
            if (!closeOnly || isClose(relation, other)) {
                score += relation.weight;
            }
        }
        return score;
    }

    private static boolean isClose(Relation relation, Division other) {
        return switch (relation) {
            case SAME, PARENT_OR_CHILD, SIBLING -> true;
            case FARTHER_LINE -> RegionLevel.of(other) != RegionLevel.PROVINCE;
            case SAME_PROVINCE, NONE -> false;
        };
    }

    private Relation relation(Division candidate, Division other) {
        if (candidate.code().equals(other.code())) {
            return Relation.SAME;
        }
        if (candidate.code().equals(other.parentCode()) || other.code().equals(candidate.parentCode())) {
            return Relation.PARENT_OR_CHILD;
        }
        Lineage candidateLine = lineage(candidate);
        Lineage otherLine = lineage(other);
        if (candidateLine.ancestors().contains(other.code()) || otherLine.ancestors().contains(candidate.code())) {
            return Relation.FARTHER_LINE;
        }
        if (candidate.parentCode() != null && candidate.parentCode().equals(other.parentCode())) {
            return Relation.SIBLING;
        }
        return candidateLine.province().equals(otherLine.province()) ? Relation.SAME_PROVINCE : Relation.NONE;
    }

    private Lineage lineage(Division division) {
        return lineageCache.computeIfAbsent(division.code(), code -> {
            List<String> codes = new ArrayList<>(4);
            String province = code;
            for (Division up : gazetteer.ancestors(division)) {
                codes.add(up.code());
                province = up.code();
            }
            return new Lineage(Set.copyOf(codes), province);
        });
    }
}
