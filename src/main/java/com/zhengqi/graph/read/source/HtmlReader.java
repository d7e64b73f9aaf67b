package com.zhengqi.graph.read.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page: its main text ({@link MainText}: the block holding the page's prose, without menus, footers,
 * side bars and link lists), its title and the publication date its meta tags state.
 */
final class HtmlReader implements FormatReader {

    /** Meta tags (name, property or itemprop) that state when an article was published, most specific first. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time", "datepublished",
            "pubdate", "publishdate", "publish_date", "publication_date", "firstpublishedtime", "dc.date.issued", "dc.date", "date");
    /** Meta tags that give the page's own address, which may file it under its date. */
    private static final List<String> ADDRESS_META = List.of("og:url", "url");
    private static final List<String> TITLE_META = List.of("og:title", "articletitle", "twitter:title", "dc.title");
    /** Meta tags that name the site (government sites state SiteName by the national site standard). */
    private static final List<String> SITE_META = List.of("sitename", "og:site_name", "site_name", "application-name");
    /** What separates a headline from the site's name in {@code <title>}: 标题_某县人民政府, 标题 - 某市日报. */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("^[\\s_|\\-\u2013\u2014\u00b7:>]+|[\\s_|\\-\u2013\u2014\u00b7:>]+$");
    /** Elements that never hold the article: scripts, styles, navigation, forms. */
    private static final String NOT_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, input, textarea";
    private static final int CHARSET_SNIFF_BYTES = 4096;
    private static final Pattern DECLARED_CHARSET = Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})",
            Pattern.CASE_INSENSITIVE);

    private final ReadOptions options;

    HtmlReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public List<SourceDocument> read(Path file, Consumer<SkippedRecord> skipped) throws IOException {
        byte[] bytes = FileBytes.read(file, ReadLimits.MAX_HTML_FILE_BYTES);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, options.encoding(), declaredCharset(bytes));
        Document page = Jsoup.parse(decoded.text());
        String title = title(page);
        String publishedOn = publishedOn(page);
        page.select(NOT_CONTENT).remove();
        String text = MainText.of(page, title);
        return List.of(Documents.make(file.toString(), text, title, publishedOn, decoded.encoding()).onSite(site(page, title)));
    }

    private static @Nullable String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The title the meta tags state; else the page's headline, which {@code <title>} holds beside the site's name; else {@code <title>}. */
    private static @Nullable String title(Document page) {
        String fromMeta = meta(page, TITLE_META);
        if (fromMeta != null) {
            return fromMeta;
        }
        String pageTitle = page.title().isBlank() ? null : page.title().strip();
        Element headline = MainText.headline(page, pageTitle);
        return headline != null ? headline.text().strip() : pageTitle;
    }

    /** The site's name: its meta tag, else what {@code <title>} holds besides the headline; null when neither says. */
    static @Nullable String site(Document page, @Nullable String headline) {
        String fromMeta = meta(page, SITE_META);
        if (fromMeta != null) {
            return fromMeta;
        }
        String pageTitle = page.title().strip();
        if (headline == null || headline.isBlank() || !pageTitle.contains(headline) || pageTitle.equals(headline)) {
            return null;
        }
        String rest = TITLE_SEPARATORS.matcher(pageTitle.replace(headline, " ").strip()).replaceAll("").strip();
        return rest.isEmpty() ? null : rest;
    }

    private static @Nullable String publishedOn(Document page) {
        for (String name : DATE_META) {
            for (Element meta : page.select("meta")) {
                if (names(meta).contains(name)) {
                    String date = PublicationDates.parse(meta.attr("content"));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        String address = meta(page, ADDRESS_META);
        if (address == null) {
            address = page.select("link[rel=canonical]").attr("href");
        }
        return PublicationDates.fromAddress(address).orElse(null);
    }

    private static @Nullable String meta(Document page, List<String> wanted) {
        for (String name : wanted) {
            for (Element meta : page.select("meta")) {
                if (names(meta).contains(name) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static List<String> names(Element meta) {
        return List.of(meta.attr("name").toLowerCase(Locale.ROOT), meta.attr("property").toLowerCase(Locale.ROOT),
                meta.attr("itemprop").toLowerCase(Locale.ROOT));
    }
}
