package io.newsdesk.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.Markup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a feed page as RSS 2.0 or Atom 1.0 with ROME, which escapes whatever text it is given. What
 * XML cannot carry at all is removed first ({@link Stories#xmlSafe}).
 */
final class FeedXmlWriter {
    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    private static final Namespace ATOM_NS = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final String GENERATOR = "Newsdesk";
    static final String SECTIONS = "/api/v1/sections";

    private FeedXmlWriter() {
    }

    public static String rss(Feed feed) {
        Masthead masthead = feed.masthead();
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(x(feed.title()));
        channel.setLink(feed.homeUrl() != null ? feed.homeUrl() : feed.feedUrl());
        channel.setDescription(x(feed.description()));
        channel.setLanguage(feed.language());
        channel.setCopyright(x(copyright(masthead)));
        channel.setGenerator(GENERATOR);
        channel.setLastBuildDate(date(feed.updated()));
        channel.setItems(feed.stories().stream().map(story -> item(story, masthead)).toList());
        Document document = jdom(channel);
        // RSS has no paging of its own: Atom links (RFC 5005) in the channel say where this page and the next are.
        Element channelElement = document.getRootElement().getChild("channel");
        document.getRootElement().addNamespaceDeclaration(ATOM_NS);
        int at = channelElement.indexOf(channelElement.getChild("item"));
        List<Element> links = new ArrayList<>();
        links.add(atomLink("self", feed.selfUrl(), RSS));
        if (feed.nextUrl() != null) {
            links.add(atomLink("next", feed.nextUrl(), RSS));
        }
        if (at < 0) {
            channelElement.addContent(links);
        } else {
            channelElement.addContent(at, links);
        }
        return xml(document);
    }

    public static String atom(Feed feed) {
        Masthead masthead = feed.masthead();
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.id());
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(date(feed.updated()));
        atom.setRights(x(copyright(masthead)));
        atom.setIcon(masthead.logo());
        Generator generator = new Generator();
        generator.setValue(GENERATOR);
        atom.setGenerator(generator);
        atom.setAuthors(List.of(person(masthead.publisher(), masthead.publisherUrl())));
        if (feed.homeUrl() != null) {
            atom.setAlternateLinks(List.of(link("alternate", feed.homeUrl(), "text/html")));
        }
        List<Link> others = new ArrayList<>();
        others.add(link("self", feed.selfUrl(), ATOM));
        if (feed.nextUrl() != null) {
            others.add(link("next", feed.nextUrl(), ATOM));
        }
        atom.setOtherLinks(others);
        atom.setEntries(feed.stories().stream().map(story -> entry(story, masthead)).toList());
        Document document = jdom(atom);
        if (feed.language() != null) {
            document.getRootElement().setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
        }
        return xml(document);
    }

    private static Item item(ArticleView story, Masthead masthead) {
        Item item = new Item();
        item.setTitle(x(story.headline()));
        item.setLink(masthead.pageUrl(story));
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(Stories.urn(story.id()));
        item.setGuid(guid);
        String summary = Stories.summary(story);
        if (summary != null) {
            // An RSS description is HTML: plain text goes in escaped, or a '<' in it would become markup.
            Description description = new Description();
            description.setValue(Markup.escape(x(summary)));
            item.setDescription(description);
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(x(Stories.html(story)));
        item.setContent(content);
        item.setPubDate(date(Stories.publicSince(story)));
        item.setCategories(Stream.concat(Stream.of(category("section", story.section().name())),
                story.tags().stream().map(tag -> category("tag", tag))).toList());
        DCModule dc = new DCModuleImpl();
        dc.setCreators(story.authors().stream().map(FeedXmlWriter::x).toList());
        dc.setLanguage(story.language());
        item.setModules(modules(dc));
        return item;
    }

    private static Entry entry(ArticleView story, Masthead masthead) {
        Entry entry = new Entry();
        entry.setId(Stories.urn(story.id()));
        entry.setTitleEx(text(story.headline()));
        entry.setUpdated(date(story.updatedAt()));
        entry.setPublished(date(Stories.publicSince(story)));
        entry.setAlternateLinks(List.of(link("alternate", masthead.pageUrl(story), "text/html")));
        entry.setAuthors(story.authors().stream().map(name -> person(name, null)).toList());
        List<com.rometools.rome.feed.atom.Category> categories = new ArrayList<>();
        // The section's scheme names the list of sections; tags come from no fixed scheme.
        categories.add(atomCategory(story.section().slug(), story.section().name(), masthead.api(SECTIONS)));
        story.tags().forEach(tag -> categories.add(atomCategory(tag, tag, null)));
        entry.setCategories(categories);
        String summary = Stories.summary(story);
        if (summary != null) {
            entry.setSummary(text(summary));
        }
        com.rometools.rome.feed.atom.Content content = new com.rometools.rome.feed.atom.Content();
        content.setType(com.rometools.rome.feed.atom.Content.HTML);
        content.setValue(x(Stories.html(story)));
        entry.setContents(List.of(content));
        DCModule dc = new DCModuleImpl();
        dc.setLanguage(story.language());
        entry.setModules(modules(dc));
        return entry;
    }

    private static Document jdom(WireFeed feed) {
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private static String xml(Document document) {
        return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
    }

    private static Element atomLink(String rel, String href, String type) {
        return new Element("link", ATOM_NS).setAttribute("rel", rel).setAttribute("href", href)
                .setAttribute("type", type);
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Category category(String domain, String value) {
        Category category = new Category();
        category.setDomain(domain);
        category.setValue(x(value));
        return category;
    }

    private static com.rometools.rome.feed.atom.Category atomCategory(String term, String label, String scheme) {
        com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
        category.setTerm(x(term));
        category.setLabel(x(label));
        category.setScheme(scheme);
        return category;
    }

    private static SyndPerson person(String name, String url) {
        Person person = new Person();
        person.setName(x(name));
        person.setUri(url);
        return person;
    }

    private static com.rometools.rome.feed.atom.Content text(String value) {
        com.rometools.rome.feed.atom.Content content = new com.rometools.rome.feed.atom.Content();
        content.setType(com.rometools.rome.feed.atom.Content.TEXT);
        content.setValue(x(value));
        return content;
    }

    private static List<Module> modules(Module module) {
        List<Module> modules = new ArrayList<>();
        modules.add(module);
        return modules;
    }

    private static String copyright(Masthead masthead) {
        return masthead.copyrightNotice() != null ? masthead.copyrightNotice() : "© " + masthead.copyrightHolder();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String x(String text) {
        return Stories.xmlSafe(text);
    }
}
