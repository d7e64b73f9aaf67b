package com.zhengqi.graph.read.source;

import com.zhengqi.graph.lexicon.Chars;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text of an HTML page that is the article (or the list of briefs), read by the page's structure, not by words:
 * <ol>
 *   <li>A <em>content paragraph</em> is a block whose own text (its text nodes and inline elements) is mostly not
 *       link text, holds at least {@value #LEAST_PARAGRAPH_HAN} Han characters and reads like prose (a sentence end,
 *       or {@value #LONG_PARAGRAPH_HAN} Han characters). Menus, footers (主办单位 … 版权所有 …) and side lists are not.</li>
 *   <li>The article is the deepest element holding {@value #CONTAINER_SHARE} of the page's content-paragraph text,
 *       so a page of several briefs keeps them all, and a sidebar paragraph does not drag the whole page in.</li>
 *   <li>Inside it, a block that is mostly links (related articles, 上一篇/下一篇, share and print links) is
 *       dropped, except on a page without article text, where a list whose items each carry a date is the page's
 *       news: each item is one line, its headline and date ({@code …莅临调研 2016-08-09 15:20}).</li>
 *   <li>The headline and the lines between it and the article (发布时间, 来源), when the page sets them apart from
 *       the article's block, are put before its text.</li>
 * </ol>
 * Lines are separated by a blank line, the way the plain-text pages this project reads set their paragraphs.
 */
final class MainText {

    static final int LEAST_PARAGRAPH_HAN = 10;
    static final int LONG_PARAGRAPH_HAN = 40;
    static final double CONTAINER_SHARE = 0.8;
    /** A block whose text is at least this share of link text is navigation. */
    private static final double LINK_DENSE = 0.6;
    /** Below this much content-paragraph text the page has no article, only lists and furniture. */
    private static final int LEAST_ARTICLE_HAN = 60;
    /** An element this short before the article may be its headline or an information line. */
    private static final int LONGEST_HEAD_LINE = 150;
    private static final int SHORTEST_HEADLINE = 4;

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final Set<Element> briefItems = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Characters of text and of link text under an element, and Han characters of its content paragraphs. */
    private record Counts(int text, int link, int content) {
    }

    private MainText() {
    }

    /** The page's article text; {@code title} (from meta tags or {@code <title>}) helps find a headline set apart. */
    static String of(Document page, @Nullable String title) {
        return new MainText().read(page, title);
    }

    private String read(Document page, @Nullable String title) {
        Element body = page.body();
        count(body);
        int total = counts.get(body).content();
        boolean listPage = total < LEAST_ARTICLE_HAN;
        Element container = listPage ? body : container(body, total);
        List<String> lines = new ArrayList<>();
        if (!listPage) {
            lines.addAll(headLines(page, container, title));
        }
        prune(container, listPage);
        lines.addAll(linesOf(container));
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    private Counts count(Element element) {
        int text = 0;
        int link = 0;
        int content = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                text += visible(node.text());
            } else if (child instanceof Element e) {
                Counts inner = count(e);
                text += inner.text();
                link += e.nameIs("a") ? inner.text() : inner.link();
                content += inner.content();
            }
        }
        if (isContentParagraph(element)) {
            content += Chars.hanCount(ownText(element, false));
        }
        Counts result = new Counts(text, link, content);
        counts.put(element, result);
        return result;
    }

    private static int visible(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /** Whether the element's own text (without nested blocks) is a paragraph of prose, not links or furniture. */
    private static boolean isContentParagraph(Element element) {
        String own = ownText(element, false);
        int han = Chars.hanCount(own);
        if (han < LEAST_PARAGRAPH_HAN) {
            return false;
        }
        String withLinks = ownText(element, true);
        int linkHan = Chars.hanCount(withLinks) - han;
        if (linkHan >= han) {
            return false;
        }
        return han >= LONG_PARAGRAPH_HAN || own.chars().anyMatch(c -> Chars.isSentenceEnd((char) c));
    }

    /** The text of the element's text nodes and inline descendants, not inside nested blocks; links only when asked. */
    private static String ownText(Element element, boolean withLinks) {
        StringBuilder out = new StringBuilder();
        appendOwn(element, withLinks, out);
        return out.toString();
    }

    private static void appendOwn(Element element, boolean withLinks, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                out.append(node.text());
            } else if (child instanceof Element e && !e.isBlock() && (withLinks || !e.nameIs("a"))) {
                appendOwn(e, withLinks, out);
            }
        }
    }

    /** The deepest element holding most of the content-paragraph text. */
    private Element container(Element body, int total) {
        Element current = body;
        while (true) {
            Element next = null;
            for (Element child : current.children()) {
                if (counts.get(child).content() >= total * CONTAINER_SHARE) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    /** The page's headline: the longest element text that the page title holds (the innermost on a tie), or null. */
    static @Nullable Element headline(Document page, @Nullable String title) {
        if (title == null) {
            return null;
        }
        Element best = null;
        for (Element element : page.body().getAllElements()) {
            String text = element.text().strip();
            if (text.length() >= SHORTEST_HEADLINE && text.length() <= LONGEST_HEAD_LINE && title.contains(text)
                    && (best == null || text.length() >= best.text().strip().length())) {
                best = element;
            }
        }
        return best;
    }

    /** The headline and the short lines between it and the article, when the headline lies before the article's block. */
    private List<String> headLines(Document page, Element container, @Nullable String title) {
        Element headline = headline(page, title);
        if (headline == null || isAncestor(container, headline) || isAncestor(headline, container)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Element last = null;
        for (Element element : page.body().getAllElements()) {
            if (element == container) {
                break;
            }
            if (last == null) {
                if (element == headline) {
                    lines.add(element.text());
                    last = element;
                }
                continue;
            }
            if (isAncestor(last, element) || isAncestor(element, container)) {
                continue;
            }
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() <= LONGEST_HEAD_LINE && linkShare(element) < LINK_DENSE && element.isBlock()) {
                lines.add(text);
                last = element;
            }
        }
        return lines;
    }

    private static boolean isAncestor(Element ancestor, Element of) {
        for (Element e = of; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private double linkShare(Element element) {
        Counts c = counts.get(element);
        return c == null || c.text() == 0 ? 0 : (double) c.link() / c.text();
    }

    /**
     * Drops the blocks that are mostly links. On a page without article text a dated list is kept: a list whose
     * items each carry a date is read item by item, and an item is one brief.
     */
    private void prune(Element element, boolean listPage) {
        for (Element child : new ArrayList<>(element.children())) {
            if (linkShare(child) < LINK_DENSE || counts.get(child).text() == 0) {
                prune(child, listPage);
            } else if (listPage && isDated(child)) {
                if (isDatedList(child)) {
                    prune(child, true);
                } else {
                    briefItems.add(child);
                }
            } else {
                child.remove();
            }
        }
    }

    private static boolean isDated(Element element) {
        return PublicationDates.find(element.text()).isPresent();
    }

    /** Two or more children, each dated: a list of briefs rather than one brief. */
    private static boolean isDatedList(Element element) {
        List<Element> items = element.children().stream().filter(c -> !c.text().isBlank()).toList();
        return items.size() >= 2 && items.stream().allMatch(MainText::isDated);
    }

    /** Text with a line break at every block boundary and {@code <br>}; a brief item is one line. */
    private List<String> linesOf(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipping >= 0) {
                    return;
                }
                if (node instanceof Element e && briefItems.contains(e)) {
                    out.append('\n').append(e.text()).append('\n');
                    skipping = depth;
                } else if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipping == depth) {
                    skipping = -1;
                } else if (skipping < 0 && node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().lines().toList();
    }
}
