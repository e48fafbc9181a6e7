package net.ocigateway.igc.ocip.command;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** An OCI-P {@code OCITable}. Columns are found by heading, never by position, as the schema asks. */
public record OciTable(List<String> colHeading, List<List<String>> row) {

    /** @throws IllegalArgumentException when two columns share a heading: no cell could be found by it */
    public OciTable {
        colHeading = List.copyOf(colHeading);
        if (new HashSet<>(colHeading).size() != colHeading.size()) {
            throw new IllegalArgumentException("the table repeats a column heading: " + colHeading);
        }
        row = row.stream().map(List::copyOf).toList();
    }

    /** Each row as heading -> cell; a cell missing from a short row reads as "". */
    public List<Map<String, String>> rowsByHeading() {
        return row.stream()
                .map(cells -> IntStream.range(0, colHeading.size())
                        .boxed()
                        .collect(Collectors.toMap(colHeading::get, i -> i < cells.size() ? cells.get(i) : "")))
                .toList();
    }
}
