package se.medborgarlofte.system.web;

/** Cells of the CSV exports: quoted where needed, and never taken by a spreadsheet for a formula. */
public final class CsvCells {

    private CsvCells() {}

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
