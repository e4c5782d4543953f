package org.kartoteka.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a feed as Atom (RFC 4287). */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    static String write(String lang, List<FeedEvent> events, FeedLinks links) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
            text(xml, "id", links.self());
            text(xml, "title", FeedTexts.feedTitle(lang));
            text(xml, "updated", time(FeedLinks.updated(events)));
            link(xml, "self", links.self(), MEDIA_TYPE, null);
            link(xml, "alternate", links.home(), null, null);
            xml.writeStartElement("author");
            text(xml, "name", "Kartoteka");
            xml.writeEndElement();
            text(xml, "generator", "Kartoteka");
            for (FeedEvent event : events) {
                entry(xml, lang, event, links);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, String lang, FeedEvent event, FeedLinks links)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", FeedLinks.id(event));
        text(xml, "title", FeedTexts.title(lang, event));
        text(xml, "updated", time(event.updatedAt()));
        link(xml, "alternate", links.of(event), "application/json", null);
        for (FeedEvent.SourceLink source : event.sources()) {
            if (source.url() != null) {
                link(xml, "related", source.url(), null, source.title());
            }
        }
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", event.kind().name());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(FeedLinks.clean(FeedTexts.text(lang, event)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(FeedLinks.clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type, String title)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", FeedLinks.clean(href));
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        if (title != null) {
            xml.writeAttribute("title", FeedLinks.clean(title));
        }
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
