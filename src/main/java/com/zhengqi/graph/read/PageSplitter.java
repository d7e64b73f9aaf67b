package com.zhengqi.graph.read;

import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.model.ArticleText;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the raw text of one newspaper or web page into its articles: cleans the characters
 * ({@link TextCleaner}), classifies lines (bylines, photo credits, editors, metadata, labels), joins the
 * lines PDF extraction broke inside sentences ({@link LineJoiner}), tells headlines from paragraphs,
 * and groups them into articles at bylines and datelines ({@link ArticleAssembler}). Each article
 * carries its title, its normalised text, the page's date and newspaper when stated, and its credits.
 * The rules and the normalisation are described in docs/reading.md.
 *
 * <p>Thread-safe: construct once (it loads its lexicons from the classpath) and share.
 */
public final class PageSplitter {

    private final TextCleaner cleaner = new TextCleaner();
    private final LineClassifier lines;
    private final LineJoiner joiner;
    private final BlockReader blocks;
    private final ArticleAssembler assembler = new ArticleAssembler();

    /** Loads the lexicons under {@code lexicon/} from the classpath; fails naming the file when one is missing or malformed. */
    public PageSplitter() {
        PersonNames names = new PersonNames();
        CreditParser credits = CreditParser.fromLexicons(names);
        BylineParser bylines = new BylineParser(credits);
        WordBoundaries words = new WordBoundaries();
        this.lines = new LineClassifier(bylines, PageMetadataReader.fromLexicons(credits),
                Set.copyOf(Lexicon.words("section-labels.txt")), Lexicon.words("channel-label-endings.txt"));
        this.joiner = new LineJoiner(words, Lexicon.words("unfinished-endings.txt"));
        this.blocks = new BlockReader(bylines, new StraySpaces(words));
    }

    /** The articles of the page in reading order; an empty list for a page without text. Never throws on any string. */
    public List<ArticleText> split(String rawPageText) {
        String clean = cleaner.clean(rawPageText);
        List<PageLine> pageLines = lines.classify(clean);
        ArticleAssembler.PageFacts facts = facts(pageLines);
        return assembler.assemble(blocks.read(joiner.join(pageLines)), facts);
    }

    /** The first date and the first newspaper name that the page's metadata lines state. */
    private static ArticleAssembler.PageFacts facts(List<PageLine> pageLines) {
        List<PageMetadataReader.Found> found = pageLines.stream()
                .filter(l -> l.kind() == PageLine.Kind.METADATA).map(PageLine::metadata).toList();
        Optional<String> date = found.stream().flatMap(f -> f.publishedOn().stream()).findFirst();
        Optional<String> newspaper = found.stream().flatMap(f -> f.newspaper().stream()).findFirst();
        return new ArticleAssembler.PageFacts(date.orElse(null), newspaper.orElse(null));
    }
}
