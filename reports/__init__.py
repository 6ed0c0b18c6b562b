"""Printed and exported documents: PDF letters (reportlab) and Excel workbooks (openpyxl). No Qt."""
