package ipynb_test

import (
	"fmt"

	"github.com/nbcheck/nbcheck/ipynb"
)

func ExampleRead() {
	data := []byte(`{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "hello\n"
     ]
    }
   ],
   "source": [
    "print('hello')"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 4
}
`)
	nb, err := ipynb.Read("hello.ipynb", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := nb.Cells[0]
	fmt.Printf("%s cell: %q -> %s %q\n", c.Type, c.Source, c.Outputs[0].Name, c.Outputs[0].Text)
	fmt.Println("canonical:", nb.Layout.Canonical)

	_, err = ipynb.Read("bad.ipynb", []byte(`{"nbformat": 4, "nbformat_minor": 4, "cells": [{"cell_type": "code", "source": 1}]}`))
	fmt.Println(err)
	// Output:
	// code cell: "print('hello')" -> stdout "hello\n"
	// canonical: true
	// bad.ipynb:1:80: cells[0]: "source" must be a string or a list of strings, got number
}

func ExampleWrite() {
	nb := ipynb.NewNotebook()
	c := nb.AddCell(ipynb.Code, "1 + 1")
	data := ipynb.MimeBundle{}
	data.SetText("text/plain", "2")
	c.Outputs = append(c.Outputs, ipynb.NewExecuteResult(1, data))
	c.ExecutionCount = c.Outputs[0].ExecutionCount
	out, err := ipynb.Write(nb)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// {
	//  "cells": [
	//   {
	//    "cell_type": "code",
	//    "execution_count": 1,
	//    "id": "cell-0",
	//    "metadata": {},
	//    "outputs": [
	//     {
	//      "data": {
	//       "text/plain": [
	//        "2"
	//       ]
	//      },
	//      "execution_count": 1,
	//      "metadata": {},
	//      "output_type": "execute_result"
	//     }
	//    ],
	//    "source": [
	//     "1 + 1"
	//    ]
	//   }
	//  ],
	//  "metadata": {},
	//  "nbformat": 4,
	//  "nbformat_minor": 5
	// }
}
