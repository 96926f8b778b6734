package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table   string
	fields  []string
	wheres  []string
	orderBy string
	limit   int
}

func From(table string) *Query { return &Query{table: table} }

func (q *Query) Select(fields ...string) *Query {
	q.fields = append(q.fields, fields...)
	return q
}

func (q *Query) Where(cond string) *Query {
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(f string) *Query { q.orderBy = f; return q }
func (q *Query) Limit(n int) *Query      { q.limit = n; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(q.fields) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(q.fields, ", "))
	}
	sb.WriteString(" FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.orderBy != "" {
		sb.WriteString(" ORDER BY " + q.orderBy)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

// Value-receiver builder: every step returns a modified copy.
type Style struct {
	Bold, Italic bool
	Color        string
	Size         int
}

func (s Style) WithBold() Style          { s.Bold = true; return s }
func (s Style) WithColor(c string) Style { s.Color = c; return s }
func (s Style) WithSize(n int) Style     { s.Size = n; return s }

func main() {
	fmt.Println(From("users"))
	q := From("orders").Select("id", "total").Where("total > 100").Where("status = 'paid'").OrderBy("total").Limit(10)
	fmt.Println(q)
	base := Style{Size: 12}
	title := base.WithBold().WithSize(24).WithColor("red")
	note := base.WithColor("gray")
	fmt.Printf("%+v\n%+v\n%+v\n", base, title, note)
}
