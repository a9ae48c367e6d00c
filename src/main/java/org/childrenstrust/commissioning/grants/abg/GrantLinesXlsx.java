package org.childrenstrust.commissioning.grants.abg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childrenstrust.commissioning.grants.abg.AllocationService.GrantLineInput;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * Reads grant lines from a spreadsheet as finance exports it (XLSX, Apache POI): the first sheet, a
 * header row, then one grant line per row in the columns of {@link GrantLinesCsv#HEADER}. Every row
 * is checked by the same rules and with the same messages as a CSV file, numbered as the
 * spreadsheet shows it ("Row 4: ...").
 */
final class GrantLinesXlsx {

  private GrantLinesXlsx() {}

  /** Whether the bytes are a ZIP container (an XLSX file is one); CSV is text. */
  static boolean looksLikeXlsx(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  static List<GrantLineInput> parse(byte[] content, Predicate<String> knownUser, Predicate<String> knownOutcomeGroup) {
    List<GrantLinesCsv.Row> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() > GrantLinesCsv.MAX_LINES) {
        throw new BusinessRuleViolation("At most " + GrantLinesCsv.MAX_LINES + " grant lines at once.");
      }
      DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
      for (Row row : sheet) {
        if (row.getRowNum() == sheet.getFirstRowNum()) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (int column = 0; column < Math.max(row.getLastCellNum(), GrantLinesCsv.HEADER.size()); column++) {
          fields.add(text(row.getCell(column), formatter));
        }
        while (fields.size() > GrantLinesCsv.HEADER.size() && fields.get(fields.size() - 1).isBlank()) {
          fields.remove(fields.size() - 1);
        }
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        rows.add(new GrantLinesCsv.Row(row.getRowNum() + 1, fields));
      }
    } catch (NotOfficeXmlFileException | EmptyFileException | IOException | org.apache.poi.ooxml.POIXMLException e) {
      throw new BusinessRuleViolation("The file cannot be read as an Excel workbook (.xlsx): save it again from Excel as "
          + "\"Excel Workbook (.xlsx)\" or as CSV.");
    }
    return GrantLinesCsv.check("Row", rows, List.of(), knownUser, knownOutcomeGroup);
  }

  /** A cell as the person typed it: numbers exactly (no float noise, no thousands separators), text as text. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
