module github.com/actorgraph/actorgraph

go 1.26

require (
	github.com/neo4j/neo4j-go-driver/v5 v5.28.1
	github.com/spf13/cobra v1.8.1
	golang.org/x/text v0.23.0
	gonum.org/v1/gonum v0.17.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
)
