package net.ocigateway.igc.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The instant group call templates: every {@code <name>.json} under one location, each
 * {@code {"name":"<name>","description":"…","data":{"default_values":{…}}}}. A POST naming a template gets its
 * {@code default_values} merged under the request.
 */
public final class TemplateCatalog {

    private final SortedMap<String, ObjectNode> defaultValuesByName;

    private TemplateCatalog(SortedMap<String, ObjectNode> defaultValuesByName) {
        this.defaultValuesByName = Collections.unmodifiableSortedMap(defaultValuesByName);
    }

    /**
     * Loads every {@code *.json} directly under {@code location} (a Spring resource location such as
     * {@code classpath:config/templates/instant_group_call/} or {@code file:/etc/igc/templates/}).
     *
     * @throws IllegalStateException naming the file when a template is not JSON, lacks
     *     {@code data.default_values}, is named differently from its file, or holds a rule that does not parse
     */
    public static TemplateCatalog load(ResourcePatternResolver resolver, String location, ObjectMapper mapper) {
        String pattern = (location.endsWith("/") ? location : location + "/") + "*.json";
        SortedMap<String, ObjectNode> templates = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(pattern)) {
                String name = resource.getFilename().substring(0, resource.getFilename().length() - ".json".length());
                if (templates.put(name, defaultValuesIn(resource, name, mapper)) != null) {
                    throw new IllegalStateException(
                            "Two instant group call templates are named '" + name + "' under " + location);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Templates under " + location + " cannot be listed: " + e.getMessage(), e);
        }
        return new TemplateCatalog(templates);
    }

    /** The names a request may give as {@code templateName}, sorted. */
    public Set<String> names() {
        return defaultValuesByName.keySet();
    }

    /**
     * A new request with the template's {@code default_values} deep-merged under it: the request wins, objects
     * merge recursively, arrays and scalars replace, and an explicit {@code null} in the request wins too.
     * Without a template name ({@code null} or {@code ""}) the result is a copy of the request.
     *
     * @throws TemplateNotFoundException when no template has that name
     */
    public ObjectNode applyTo(String templateName, ObjectNode request) {
        if (templateName == null || templateName.isEmpty()) {
            return request.deepCopy();
        }
        ObjectNode defaults = defaultValuesByName.get(templateName);
        if (defaults == null) {
            throw new TemplateNotFoundException(templateName);
        }
        return merge(defaults, request);
    }

    private static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
        ObjectNode merged = base.deepCopy();
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            if (merged.get(field.getKey()) instanceof ObjectNode baseObject
                    && field.getValue() instanceof ObjectNode overlayObject) {
                merged.set(field.getKey(), merge(baseObject, overlayObject));
            } else {
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return merged;
    }

    private static ObjectNode defaultValuesIn(Resource resource, String name, ObjectMapper mapper) {
        String file = "Template " + resource.getFilename() + " (" + resource.getDescription() + ")";
        JsonNode template;
        try (InputStream in = resource.getInputStream()) {
            template = mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (template == null || !template.isObject()) {
            throw new IllegalStateException(file + " must hold a JSON object");
        }
        JsonNode declaredName = template.path("name");
        if (!declaredName.isMissingNode() && !name.equals(declaredName.asText(null))) {
            throw new IllegalStateException(
                    file + ": name " + declaredName + " must equal the file name '" + name + "'");
        }
        if (!(template.path("data").path("default_values") instanceof ObjectNode defaultValues)) {
            throw new IllegalStateException(file + ": data.default_values must be a JSON object");
        }
        JsonNode serviceUserId = defaultValues.path("serviceUserId");
        if (!serviceUserId.isMissingNode() && !serviceUserId.isTextual()) {
            throw new IllegalStateException(file + ": data.default_values.serviceUserId must be a string");
        }
        if (ServiceUserIdRule.isRule(serviceUserId.textValue())) {
            try {
                ServiceUserIdRule.parse(serviceUserId.textValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": data.default_values.serviceUserId: " + e.getMessage(), e);
            }
        }
        return defaultValues;
    }
}
