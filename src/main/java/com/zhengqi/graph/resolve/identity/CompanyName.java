package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.lexicon.Terms;

import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company name taken apart the way Chinese enterprise names are built: [region] brand (字号)
 * [trade] [legal form], e.g. 吴江市 | 顺业 | 纺织 | 有限公司. Two names are one company when their brands are
 * equal and nothing else contradicts (蒙牛集团 = 蒙牛乳业集团); sharing a trade or a region alone never
 * makes two companies one (苏州国冠纺织有限公司 ≠ 吴江市顺业纺织有限公司).
 *
 * @param name        the normalised name
 * @param region      the region the name starts with, without its level character, or null
 * @param brand       what is left once region, trade and form are removed; empty if nothing is
 * @param trade       the trade words, or null
 * @param tier        GROUP for a group (集团), COMPANY for one legal entity, NONE without a legal form
 * @param parentGroup for a subsidiary named after its group (蒙牛乳业集团齐齐哈尔乳制品有限公司), the group's name
 */
public record CompanyName(String name, @Nullable String region, String brand, @Nullable String trade, Tier tier,
                          @Nullable String parentGroup) {

    public enum Tier { GROUP, COMPANY, NONE }

    private static final String GROUP = Terms.load("rules/resolve.txt").word("group");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)");
    private static final int MIN_BRAND = 2;

    public static CompanyName parse(String rawName, IdentityLexicon lexicon, RegionNames regions) {
        String name = NameForms.normalise(rawName);
        String rest = name;
        Tier tier = Tier.NONE;
        for (Map.Entry<String, Tier> form : lexicon.companyForms()) {
            if (rest.endsWith(form.getKey()) && rest.length() > form.getKey().length()) {
                rest = rest.substring(0, rest.length() - form.getKey().length());
                tier = form.getValue();
                break;
            }
        }
        int group = rest.lastIndexOf(GROUP);
        String parentGroup = group > 0 && group + GROUP.length() < rest.length() ? rest.substring(0, group + GROUP.length()) : null;
        if (parentGroup != null) {
            rest = rest.substring(group + GROUP.length());
        }
        String region = null;
        for (String prefix = regionPrefix(rest, regions, lexicon); !prefix.isEmpty(); prefix = regionPrefix(rest, regions, lexicon)) {
            region = region == null ? prefix : region + prefix;
            rest = rest.substring(prefix.length());
        }
        rest = withoutParenthesisedRegions(rest, regions);
        StringBuilder trade = new StringBuilder();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String word : lexicon.industryWords()) {
                if (rest.endsWith(word) && rest.length() - word.length() >= MIN_BRAND) {
                    trade.insert(0, word);
                    rest = rest.substring(0, rest.length() - word.length());
                    stripped = true;
                    break;
                }
            }
        }
        return new CompanyName(name, region == null ? null : withoutLevel(region, lexicon), rest,
                trade.isEmpty() ? null : trade.toString(), tier, parentGroup);
    }

    /** The brand two names must share to be one company, or null when the brand is too general to decide on. */
    public @Nullable String brandKey(IdentityLexicon lexicon) {
        return parentGroup != null || brand.length() < MIN_BRAND || lexicon.brandStopwords().contains(brand) ? null : brand;
    }

    /**
     * True when both names can mean one company: same brand, no conflicting region or trade, and the
     * same tier, a name without a legal form (沈阳坚果 for 沈阳坚果公司) agreeing with either.
     */
    public boolean sameCompanyAs(CompanyName other, IdentityLexicon lexicon) {
        String brand = brandKey(lexicon);
        return brand != null && brand.equals(other.brandKey(lexicon))
                && (tier == other.tier || tier == Tier.NONE || other.tier == Tier.NONE)
                && agree(region, other.region)
                && agree(trade, other.trade);
    }

    private static boolean agree(@Nullable String a, @Nullable String b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    /**
     * The region a name starts with, with the level character that follows a short form (吴江 + 市,
     * where 吴江市 is no longer a division's name). Empty when what would be left is no brand: a
     * trade word or a single character, with or without a trade after it, means the "region" is part
     * of the brand itself (东方电气, 红旗渠集团, 太平洋保险).
     */
    private static String regionPrefix(String rest, RegionNames regions, IdentityLexicon lexicon) {
        String prefix = regions.longestPrefix(rest);
        if (prefix.isEmpty()) {
            return prefix;
        }
        if (rest.length() > prefix.length() + 1 && lexicon.regionLevelCharacters().containsKey(rest.charAt(prefix.length()))) {
            prefix = rest.substring(0, prefix.length() + 1);
        }
        String after = rest.substring(prefix.length());
        boolean noBrandLeft = after.length() < MIN_BRAND || lexicon.industryWords().stream()
                .anyMatch(trade -> after.endsWith(trade) && after.length() - trade.length() < MIN_BRAND);
        return noBrandLeft ? "" : prefix;
    }

    private static String withoutParenthesisedRegions(String text, RegionNames regions) {
        Matcher m = PARENTHESISED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, regions.isRegionName(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 吴江市 and 吴江 name one place; compare without the level character. */
    private static String withoutLevel(String region, IdentityLexicon lexicon) {
        char last = region.charAt(region.length() - 1);
        return region.length() > 2 && lexicon.regionLevelCharacters().containsKey(last) ? region.substring(0, region.length() - 1) : region;
    }
}
