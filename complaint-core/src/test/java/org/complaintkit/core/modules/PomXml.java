package org.complaintkit.core.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An element of a POM, read by a small tag reader: names, nesting and text, which is all a POM uses (no mixed
 * content, no DTD). The JDK's XML parser is not used because core's tests are compiled into the
 * org.complaintkit.core module, which does not read java.xml.
 *
 * @param name the tag name
 * @param children the child elements, in order
 * @param text the text directly inside, trimmed, with the five predefined entities decoded
 */
record PomXml(String name, List<PomXml> children, String text) {
    private static final Pattern NOISE = Pattern.compile("<\\?.*?\\?>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)([^>]*?)(/?)>");

    /** Parses a whole document and returns its root element. */
    static PomXml parse(String xml) {
        String clean = NOISE.matcher(xml).replaceAll("");
        Matcher m = TAG.matcher(clean);
        List<Builder> stack = new ArrayList<>();
        Builder root = null;
        int last = 0;
        while (m.find()) {
            if (!stack.isEmpty()) {
                stack.get(stack.size() - 1).text.append(clean, last, m.start());
            }
            last = m.end();
            String name = m.group(2);
            if (m.group(1).isEmpty()) {
                Builder b = new Builder(name);
                if (!stack.isEmpty()) {
                    stack.get(stack.size() - 1).children.add(b);
                } else if (root == null) {
                    root = b;
                }
                if (m.group(4).isEmpty()) {
                    stack.add(b);
                }
            } else {
                if (stack.isEmpty() || !stack.get(stack.size() - 1).name.equals(name)) {
                    throw new IllegalArgumentException("unbalanced </" + name + ">");
                }
                stack.remove(stack.size() - 1);
            }
        }
        if (root == null || !stack.isEmpty()) {
            throw new IllegalArgumentException("not a whole XML document");
        }
        return root.build();
    }

    /** The first child element of that name. */
    Optional<PomXml> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every child element of that name. */
    List<PomXml> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of the first child element of that name. */
    Optional<String> text(String childName) {
        return child(childName).map(PomXml::text);
    }

    /** Whether the element has neither text nor children. */
    boolean empty() {
        return text.isEmpty() && children.isEmpty();
    }

    /** The element's content as one line, for comparing two POMs' metadata. */
    String flat() {
        StringBuilder out = new StringBuilder(name).append('[').append(text);
        children.forEach(c -> out.append(c.flat()));
        return out.append(']').toString();
    }

    private static final class Builder {
        final String name;
        final List<Builder> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name) {
            this.name = name;
        }

        PomXml build() {
            String decoded = text.toString().strip().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&");
            return new PomXml(name, children.stream().map(Builder::build).toList(), decoded);
        }
    }
}
