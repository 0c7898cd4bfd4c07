"""The basket: one row per line with name, price, quantity, amount, points on the price tag,
and a mark with the reason when the line cannot be paid with points."""

from __future__ import annotations

from pos_app.till import Basket
from ..qt import (QAbstractItemView, QAbstractTableModel, QColor, QHeaderView, QModelIndex, Qt,
                  QTableView)
from ..texts import reason_text
from .money import money, points


class BasketModel(QAbstractTableModel):
    COLUMNS = ("#", "Item", "Price", "Qty", "Amount", "Points", "Paying with points")

    def __init__(self, basket: Basket, parent=None, currency=lambda: "RUB") -> None:
        super().__init__(parent)
        self.basket = basket
        self.currency = currency  # the program's currency, read at each paint (the rules may change)
        self.reasons: list[str | None] = []

    def headers(self) -> list[str]:
        return [self.tr("#"), self.tr("Item"), self.tr("Price"), self.tr("Qty"), self.tr("Amount"),
                self.tr("Points"), self.tr("Paying with points")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.basket.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def reason(self, row: int) -> str | None:
        return self.reasons[row] if row < len(self.reasons) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.basket.lines[index.row()]
        item, col = line.product, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(index.row() + 1)
            if col == 1:
                return item.name
            if col == 2:
                if item.is_gift:
                    return self.tr("%1 pts").replace("%1", points(item.gift_points))
                return money(item.price, self.currency())
            if col == 3:
                return str(line.qty)
            if col == 4:
                if item.is_gift:
                    return self.tr("%1 pts").replace("%1", points(item.gift_points * line.qty))
                return money(line.amount, self.currency())
            if col == 5:
                return "" if item.is_gift else points(item.bonus_points * line.qty)
            if col == 6:
                reason = self.reason(index.row())
                if item.is_gift:
                    return self.tr("✱ gift, not returnable")
                return "" if reason is None else "✕ " + reason_text(reason)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return f"{item.name}\n{item.sku}  {item.barcode or ''}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6:
            return QColor("#9a5b00")
        return None

    def refresh(self, reasons: list[str | None]) -> None:
        self.beginResetModel()
        self.reasons = list(reasons)
        self.endResetModel()


COLUMN_WIDTHS = {0: 36, 2: 124, 3: 72, 4: 132, 5: 76}
NARROW_WIDTHS = {0: 30, 2: 112, 3: 64, 4: 118, 5: 68}


class BasketTable(QTableView):
    def __init__(self, basket: Basket, parent=None, currency=lambda: "RUB") -> None:
        super().__init__(parent)
        self.basket_model = BasketModel(basket, self, currency)
        self.setModel(self.basket_model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(34)
        # Fixed widths (not ResizeToContents): a scan must not make Qt measure every cell again.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the name and the reason share what is left; both elide, the tooltip has the whole text
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(24)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit_columns(self, width_class: str) -> None:
        """Narrower money and quantity columns on a 1024 or 800 screen; the points column goes at 800."""
        wide = width_class in ("wide", "xwide")
        widths = COLUMN_WIDTHS if wide else NARROW_WIDTHS
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        # below 1200 px the name gets the room: the points on the tag show in the totals, the reason keeps
        # a fixed, eliding column (its whole text in the tooltip)
        self.setColumnHidden(5, not wide)
        header = self.horizontalHeader()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.Fixed)
        if not wide:
            self.setColumnWidth(6, 150 if width_class == "medium" else 110)

    def current_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return self.basket_model.rowCount() - 1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.basket_model.rowCount():
            self.selectRow(row)
            self.scrollTo(self.basket_model.index(row, 0))

    def refresh(self, reasons: list[str | None], select: int | None = None) -> None:
        self.basket_model.refresh(reasons)
        if select is not None:
            self.select_row(select)
