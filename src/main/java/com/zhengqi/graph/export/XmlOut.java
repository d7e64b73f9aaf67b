package com.zhengqi.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indented XML writer for GraphML and GEXF. It escapes line breaks and tabs inside attribute
 * values as character references, because an XML reader turns literal ones into spaces and evidence
 * sentences and article texts keep their lines. Characters XML 1.0 cannot carry (control
 * characters, unpaired surrogates) become U+FFFD, so a stray byte in an article cannot make the file
 * unreadable.
 */
final class XmlOut implements AutoCloseable {

    private static final char REPLACEMENT = '\uFFFD';

    private final Writer out;
    private final Deque<String> names = new ArrayDeque<>();
    /** For each open element: whether it has children on lines of their own. */
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    /** True while a start tag is still waiting for its '>'. */
    private boolean tagOpen;

    XmlOut(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    XmlOut start(String name) {
        beginChild();
        write("<" + name);
        names.push(name);
        hasChildren.push(false);
        tagOpen = true;
        return this;
    }

    XmlOut attribute(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        write(" " + name + "=\"" + escape(value, true) + "\"");
        return this;
    }

    /** An element holding only text, on one line. */
    XmlOut textElement(String name, String text) {
        return start(name).endWithText(text);
    }

    /** Gives the element just started (and its attributes) this text, and ends it on the same line. */
    XmlOut endWithText(String text) {
        if (!tagOpen) {
            throw new IllegalStateException("text after the start tag was closed");
        }
        write(">" + escape(text, false) + "</" + names.pop() + ">");
        hasChildren.pop();
        tagOpen = false;
        return this;
    }

    XmlOut comment(String text) {
        beginChild();
        write("<!-- " + escape(text, false).replace("--", "- -") + " -->");
        return this;
    }

    XmlOut end() {
        String name = names.pop();
        boolean children = hasChildren.pop();
        if (tagOpen) {
            write("/>");
            tagOpen = false;
        } else {
            if (children) {
                newLine();
            }
            write("</" + name + ">");
        }
        return this;
    }

    @Override
    public void close() {
        while (!names.isEmpty()) {
            end();
        }
        write("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the parent's start tag and starts a new indented line inside it. */
    private void beginChild() {
        if (tagOpen) {
            write(">");
            tagOpen = false;
        }
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        newLine();
    }

    private void newLine() {
        write("\n" + "  ".repeat(names.size()));
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text, boolean inAttribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                escaped.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(inAttribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(inAttribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append(inAttribute ? "&#9;" : "\t");
                default -> escaped.append((c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ? c : REPLACEMENT);
            }
        }
        return escaped.toString();
    }
}
