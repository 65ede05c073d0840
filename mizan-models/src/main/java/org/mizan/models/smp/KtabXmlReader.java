package org.mizan.models.smp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads KTAB's SMP XML ({@code smpSchema.xsd}): name, description, prngSeed, optional ModelParameters,
 * Dimensions, Actors (capability, Position/dCoord, Salience/dSal) and optional IdealAdjustment pairs,
 * which override the identity accommodation matrix entry by entry. External entities are disabled.
 * Cost: linear in the file size.
 */
public final class KtabXmlReader {

    private KtabXmlReader() {
    }

    /** Reads the file. */
    public static SmpScenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    /** Parses a KTAB XML document. */
    public static SmpScenario parse(InputStream in) throws IOException {
        Element root;
        try {
            var f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not a KTAB scenario: " + e.getMessage(), e);
        }
        String seedText = text(root, "prngSeed");
        long seed = seedText.isEmpty() ? 0 : Long.parseUnsignedLong(seedText);
        SmpParameters params = null;
        Element mp = child(root, "ModelParameters");
        if (mp != null) {
            var named = new LinkedHashMap<String, String>();
            for (Element e : children(mp)) {
                named.put(e.getTagName(), e.getTextContent().trim());
            }
            named.put("seed", Long.toUnsignedString(seed));
            params = SmpParameters.DEFAULTS.with(named);
        }
        var dims = new ArrayList<String>();
        for (Element d : children(child(root, "Dimensions"))) {
            dims.add(d.getTextContent().trim());
        }
        var actors = new ArrayList<SmpActor>();
        for (Element a : children(child(root, "Actors"))) {
            double[] pos = numbers(child(a, "Position"));
            double[] sal = numbers(child(a, "Salience"));
            actors.add(new SmpActor(text(a, "name"), text(a, "description"),
                    Double.parseDouble(text(a, "capability")), pos, sal));
        }
        double[][] acc = null;
        Element ia = child(root, "IdealAdjustment");
        if (ia != null) {
            acc = new double[actors.size()][actors.size()];
            for (int i = 0; i < acc.length; i++) {
                acc[i][i] = 1.0;
            }
            for (Element pair : children(ia)) {
                int i = indexOf(actors, text(pair, "adjustingIdeal"));
                int j = indexOf(actors, text(pair, "referencePos"));
                acc[i][j] = Double.parseDouble(text(pair, "adjust"));
            }
        }
        return new SmpScenario(text(root, "name"), text(root, "desc"), dims, actors, acc, seed, params);
    }

    private static int indexOf(List<SmpActor> actors, String name) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("IdealAdjustment names unknown actor: " + name);
    }

    private static double[] numbers(Element parent) {
        if (parent == null) {
            throw new IllegalArgumentException("missing Position or Salience");
        }
        return children(parent).stream().mapToDouble(e -> {
            String t = e.getTextContent().trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty coordinate in <" + parent.getTagName() + ">");
            }
            return Double.parseDouble(t);
        }).toArray();
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().trim();
    }

    private static Element child(Element parent, String tag) {
        for (Element e : children(parent)) {
            if (e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        var out = new ArrayList<Element>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
