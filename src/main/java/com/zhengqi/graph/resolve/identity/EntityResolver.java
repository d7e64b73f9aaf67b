package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.resolve.Gazetteer;
import org.jspecify.annotations.Nullable;

/**
 * Gives every entity of an article its graph-wide id, consulting and extending an
 * {@link IdentityIndex} of what the graph already holds. The rules (docs/store.md has them with
 * examples):
 * <ul>
 * <li>regions are one node per statistical code; a region without a code joins the one region of its name;</li>
 * <li>government bodies are known by their full name, short forms completed with the article's region
 *     (区商务局 → 北关区商务局);</li>
 * <li>companies merge on an equal name or alias, or on the same brand when nothing contradicts
 *     (蒙牛集团 = 蒙牛乳业集团); a subsidiary named after its group gets PART_OF that group;</li>
 * <li>people merge on the same name and a shared anchor: an organisation or region they hold a post
 *     in; when an article anchors a name in two known people, they are joined;</li>
 * <li>projects merge on name (without 项目) and region.</li>
 * </ul>
 * Thread-safe; the index it is given is not.
 */
public final class EntityResolver {

    private final IdentityLexicon lexicon;
    private final RegionNames regionNames;
    private final GovernmentBodyNames governmentBodies;

    public EntityResolver(IdentityLexicon lexicon, RegionNames regionNames) {
        this.lexicon = lexicon;
        this.regionNames = regionNames;
        this.governmentBodies = new GovernmentBodyNames(lexicon);
    }

    /** A resolver that knows region names from the gazetteer, or, without one, by their level character. */
    public static EntityResolver create(@Nullable Gazetteer gazetteer) {
        IdentityLexicon lexicon = IdentityLexicon.load();
        return new EntityResolver(lexicon, gazetteer != null ? text -> !gazetteer.lookup(text).isEmpty() : byLevelCharacter(lexicon));
    }

    /**
     * Without a gazetteer: a name of two to four characters ending in a county-or-above level character
     * (吴江市, 北关区, 内蒙古 is missed). Towns are left out: too many words end in 镇 or 乡.
     */
    static RegionNames byLevelCharacter(IdentityLexicon lexicon) {
        return text -> text.length() >= 2 && text.length() <= 4
                && !"TOWN".equals(lexicon.regionLevelCharacters().get(text.charAt(text.length() - 1)))
                && lexicon.regionLevelCharacters().containsKey(text.charAt(text.length() - 1));
    }

    public IdentityLexicon lexicon() {
        return lexicon;
    }

    /** How a company name parses with no article around it (the store uses this to fill the index). */
    public CompanyName parseCompany(String name) {
        return CompanyName.parse(name, lexicon, regionNames);
    }

    /** Resolves one article and records its entities in {@code index}. */
    public ResolvedArticle resolve(ArticleGraph article, IdentityIndex index) {
        return new ArticleResolution(article, index, lexicon, regionNames, governmentBodies).run();
    }
}
